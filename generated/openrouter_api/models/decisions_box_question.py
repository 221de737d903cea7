from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class DecisionsBoxQuestion(_Model):
    """Ask for a bounding box.

    Attributes:
        type (Literal['box']):
        instructions (Any): A string, or a JSON object or array of structured guidance.
    """

    __slots__ = (
        "type",
        "instructions",
        "additional_properties",
    )

    type: Literal["box"]
    instructions: Any
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["box"],
        instructions: Any,
    ) -> None:
        self.type = type
        self.instructions = instructions
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        instructions = self.instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "instructions": instructions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["box"]', d.pop("type"))
        if type_ != "box":
            raise ValueError(f"type must match const 'box', got '{type_}'")

        instructions = d.pop("instructions")

        decisions_box_question = cls(
            type=type_,
            instructions=instructions,
        )

        decisions_box_question.additional_properties = d
        return decisions_box_question

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
