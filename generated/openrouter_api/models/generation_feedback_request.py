from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_feedback_category import GenerationFeedbackCategory
from ..types import UNSET, Unset
from ..types import Model as _Model


@_attrs_define(repr=False)
class GenerationFeedbackRequest(_Model):
    """Feedback on one generation.

    Attributes:
        generation_id (str): The generation the feedback is about.
        category (GenerationFeedbackCategory): What the feedback is about.
        comment (str | Unset): Optional free text.
    """

    generation_id: str
    category: GenerationFeedbackCategory
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_id = self.generation_id

        category = self.category.value

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation_id": generation_id,
                "category": category,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generation_id = d.pop("generation_id")

        category = GenerationFeedbackCategory._parse(d.pop("category"))

        comment = d.pop("comment", UNSET)

        generation_feedback_request = cls(
            generation_id=generation_id,
            category=category,
            comment=comment,
        )

        generation_feedback_request.additional_properties = d
        return generation_feedback_request

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
