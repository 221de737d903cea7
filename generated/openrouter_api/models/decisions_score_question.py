from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class DecisionsScoreQuestion(_Model):
    """Ask for a score along an ordered list of criteria.

    Attributes:
        type (Literal['score']):
        instructions (Any): A string, or a JSON object or array of structured guidance.
        criteria (list[Any]): Ordered levels, each a string, JSON object or array.
    """

    __slots__ = (
        "type",
        "instructions",
        "criteria",
        "additional_properties",
    )

    type: Literal["score"]
    instructions: Any
    criteria: list[Any]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["score"],
        instructions: Any,
        criteria: list[Any],
    ) -> None:
        self.type = type
        self.instructions = instructions
        self.criteria = criteria
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        instructions = self.instructions

        criteria = self.criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "instructions": instructions,
                "criteria": criteria,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["score"]', d.pop("type"))
        if type_ != "score":
            raise ValueError(f"type must match const 'score', got '{type_}'")

        instructions = d.pop("instructions")

        criteria = cast("list[Any]", d.pop("criteria"))

        decisions_score_question = cls(
            type=type_,
            instructions=instructions,
            criteria=criteria,
        )

        decisions_score_question.additional_properties = d
        return decisions_score_question

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
