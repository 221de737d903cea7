from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class TextCompletionLogprobs(_ReadModel):
    """Token log probabilities in the legacy layout.

    Attributes:
        tokens (list[str] | None):
        token_logprobs (list[float | None] | None):
        top_logprobs (list[TextCompletionLogprobsTopLogprobsItem] | None):
        text_offset (list[int] | None):
    """

    __slots__ = (
        "tokens",
        "token_logprobs",
        "top_logprobs",
        "text_offset",
        "additional_properties",
    )

    tokens: list[str] | None
    token_logprobs: list[float | None] | None
    top_logprobs: list[TextCompletionLogprobsTopLogprobsItem] | None
    text_offset: list[int] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tokens: list[str] | None = None,
        token_logprobs: list[float | None] | None = None,
        top_logprobs: list[TextCompletionLogprobsTopLogprobsItem] | None = None,
        text_offset: list[int] | None = None,
    ) -> None:
        self.tokens = tokens
        self.token_logprobs = token_logprobs
        self.top_logprobs = top_logprobs
        self.text_offset = text_offset
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("tokens", "tokens", False, "list[str]"),
        ("token_logprobs", "token_logprobs", False, "list[float | None]"),
        ("top_logprobs", "top_logprobs", False, "list[TextCompletionLogprobsTopLogprobsItem]"),
        ("text_offset", "text_offset", False, "list[int]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.tokens = _json_get_("tokens")
        _new_model_.token_logprobs = _json_get_("token_logprobs")
        _top_logprobs = _json_get_("top_logprobs")
        if isinstance(_top_logprobs, list):
            top_logprobs: Any = []
            for _list_item_ in _top_logprobs:
                top_logprobs.append(
                    TextCompletionLogprobsTopLogprobsItem.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            top_logprobs = _top_logprobs
        _new_model_.top_logprobs = top_logprobs
        _new_model_.text_offset = _json_get_("text_offset")
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
        "tokens",
        "token_logprobs",
        "top_logprobs",
        "text_offset",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.text_completion_logprobs_top_logprobs_item import (
        TextCompletionLogprobsTopLogprobsItem,  # noqa: E402
    )
else:
    TextCompletionLogprobsTopLogprobsItem = _Deferred_(
        globals(),
        "..models.text_completion_logprobs_top_logprobs_item",
        "TextCompletionLogprobsTopLogprobsItem",
    )
