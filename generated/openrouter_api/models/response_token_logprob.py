from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseTokenLogprob(_ReadModel):
    """
    Attributes:
        token (str):
        logprob (float):
        bytes (list[int] | None):
        top_logprobs (list[ResponseTopLogprob] | None):
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
    top_logprobs: list[ResponseTopLogprob] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        token: str,
        logprob: float,
        bytes: list[int] | None = None,
        top_logprobs: list[ResponseTopLogprob] | None = None,
    ) -> None:
        self.token = token
        self.logprob = logprob
        self.bytes = bytes
        self.top_logprobs = top_logprobs
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("token", "token", True, "str"),
        ("logprob", "logprob", True, "float"),
        ("bytes", "bytes", False, "list[int]"),
        ("top_logprobs", "top_logprobs", False, "list[ResponseTopLogprob]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.token = _json_get_("token")
        _new_model_.logprob = _json_get_("logprob")
        _new_model_.bytes = _json_get_("bytes")
        _top_logprobs = _json_get_("top_logprobs")
        if isinstance(_top_logprobs, list):
            top_logprobs: Any = []
            for _list_item_ in _top_logprobs:
                top_logprobs.append(
                    ResponseTopLogprob.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            top_logprobs = _top_logprobs
        _new_model_.top_logprobs = top_logprobs
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "token",
        "logprob",
        "bytes",
        "top_logprobs",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_top_logprob import ResponseTopLogprob  # noqa: E402
else:
    ResponseTopLogprob = _Deferred_(
        globals(), "..models.response_top_logprob", "ResponseTopLogprob"
    )
