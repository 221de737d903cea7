from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ChatTokenLogprob(_ReadModel):
    """
    Attributes:
        token (str):
        logprob (float):
        bytes (list[int] | None):
        top_logprobs (list[ChatTopLogprob] | None):
    """

    __slots__ = (
        "token",
        "logprob",
        "bytes",
        "top_logprobs",
        "additional_properties",
    )

    token: str
    logprob: float
    bytes: list[int] | None
    top_logprobs: list[ChatTopLogprob] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        token: str,
        logprob: float,
        bytes: list[int] | None = None,
        top_logprobs: list[ChatTopLogprob] | None = None,
    ) -> None:
        self.token = token
        self.logprob = logprob
        self.bytes = bytes
        self.top_logprobs = top_logprobs
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("token", "token", True, "str"),
        ("logprob", "logprob", True, "float"),
        ("bytes", "bytes", False, "list[int] | None"),
        ("top_logprobs", "top_logprobs", False, "list[ChatTopLogprob]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        token = d.pop("token", None)
        logprob = d.pop("logprob", None)
        bytes_ = d.pop("bytes", None)
        _top_logprobs = d.pop("top_logprobs", None)
        top_logprobs: Any = (
            [ChatTopLogprob.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _top_logprobs]
            if isinstance(_top_logprobs, list)
            else _top_logprobs
        )
        chat_token_logprob = cls(
            token=token,
            logprob=logprob,
            bytes=bytes_,
            top_logprobs=top_logprobs,
        )
        chat_token_logprob.additional_properties = d
        return chat_token_logprob

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.chat_top_logprob import ChatTopLogprob  # noqa: E402
