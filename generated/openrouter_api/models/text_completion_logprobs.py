from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextCompletionLogprobs")


@_attrs_define
class TextCompletionLogprobs:
    """Token log probabilities in the legacy layout.

    Attributes:
        tokens (list[str] | Unset):
        token_logprobs (list[float | None] | Unset):
        top_logprobs (list[TextCompletionLogprobsTopLogprobsItem] | Unset):
        text_offset (list[int] | Unset):
    """

    tokens: list[str] | Unset = UNSET
    token_logprobs: list[float | None] | Unset = UNSET
    top_logprobs: list[TextCompletionLogprobsTopLogprobsItem] | Unset = UNSET
    text_offset: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens: list[str] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        token_logprobs: list[float | None] | Unset = UNSET
        if not isinstance(self.token_logprobs, Unset):
            token_logprobs = []
            for token_logprobs_item_data in self.token_logprobs:
                token_logprobs_item: float | None
                token_logprobs_item = token_logprobs_item_data
                token_logprobs.append(token_logprobs_item)

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        text_offset: list[int] | Unset = UNSET
        if not isinstance(self.text_offset, Unset):
            text_offset = self.text_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if token_logprobs is not UNSET:
            field_dict["token_logprobs"] = token_logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if text_offset is not UNSET:
            field_dict["text_offset"] = text_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tokens = cast("list[str]", d.pop("tokens", UNSET))

        _token_logprobs = d.pop("token_logprobs", UNSET)
        token_logprobs: list[float | None] | Unset = UNSET
        if _token_logprobs is not UNSET:
            token_logprobs = []
            for token_logprobs_item_data in _token_logprobs:
                token_logprobs_item = cast("float | None", token_logprobs_item_data)

                token_logprobs.append(token_logprobs_item)

        _top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: list[TextCompletionLogprobsTopLogprobsItem] | Unset = UNSET
        if _top_logprobs is not UNSET:
            top_logprobs = []
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = TextCompletionLogprobsTopLogprobsItem.from_dict(
                    top_logprobs_item_data
                )

                top_logprobs.append(top_logprobs_item)

        text_offset = cast("list[int]", d.pop("text_offset", UNSET))

        text_completion_logprobs = cls(
            tokens=tokens,
            token_logprobs=token_logprobs,
            top_logprobs=top_logprobs,
            text_offset=text_offset,
        )

        text_completion_logprobs.additional_properties = d
        return text_completion_logprobs

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
from ..models.text_completion_logprobs_top_logprobs_item import (
    TextCompletionLogprobsTopLogprobsItem,  # noqa: E402
)
