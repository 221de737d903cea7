from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.generation_feedback_category import GenerationFeedbackCategory
from ..types import UNSET, Unset
from ..types import Model as _Model


class GenerationFeedbackRequest(_Model):
    """Feedback on one generation.

    Attributes:
        generation_id (str): The generation the feedback is about.
        category (GenerationFeedbackCategory): What the feedback is about.
        comment (str | Unset): Optional free text.
    """

    __slots__ = (
        "generation_id",
        "category",
        "comment",
        "additional_properties",
    )

    generation_id: str
    category: GenerationFeedbackCategory
    comment: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        generation_id: str,
        category: GenerationFeedbackCategory,
        comment: str | Unset = UNSET,
    ) -> None:
        self.generation_id = generation_id
        self.category = category
        self.comment = comment
        self.additional_properties = {}

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
