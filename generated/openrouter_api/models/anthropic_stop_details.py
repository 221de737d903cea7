from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicStopDetails")


@_attrs_define
class AnthropicStopDetails:
    """Why the model refused, when `stop_reason` is `refusal`.

    Attributes:
        type_ (str | Unset):
        category (None | str | Unset): `cyber`, `bio`, `frontier_llm`, `reasoning_extraction` or `general_harms` (open
            set).
        explanation (None | str | Unset):
    """

    type_: str | Unset = UNSET
    category: None | str | Unset = UNSET
    explanation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category is not UNSET:
            field_dict["category"] = category
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        category = cast("None | str | Unset", d.pop("category", UNSET))

        explanation = cast("None | str | Unset", d.pop("explanation", UNSET))

        anthropic_stop_details = cls(
            type_=type_,
            category=category,
            explanation=explanation,
        )

        anthropic_stop_details.additional_properties = d
        return anthropic_stop_details

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
