from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ChatTopLogprob(_ReadModel):
    """
    Attributes:
        token (str):
        logprob (float):
        bytes (list[int] | None):
    """

    __slots__ = (
        "token",
        "logprob",
        "bytes",
        "additional_properties",
    )

    token: str
    logprob: float
    bytes: list[int] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        token: str,
        logprob: float,
        bytes: list[int] | None = None,
    ) -> None:
        self.token = token
        self.logprob = logprob
        self.bytes = bytes
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("token", "token", True, "str"),
        ("logprob", "logprob", True, "float"),
        ("bytes", "bytes", False, "list[int] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        token = d.pop("token", None)
        logprob = d.pop("logprob", None)
        bytes_ = d.pop("bytes", None)
        chat_top_logprob = cls(
            token=token,
            logprob=logprob,
            bytes=bytes_,
        )
        chat_top_logprob.additional_properties = d
        return chat_top_logprob

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
