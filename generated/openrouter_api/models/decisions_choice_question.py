from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class DecisionsChoiceQuestion(_Model):
    """Ask the model to pick one of the named options.

    Attributes:
        type (Literal['choice']):
        instructions (Any): A string, or a JSON object or array of structured guidance.
        criteria (DecisionsChoiceCriteria): Option name to its description (a string, JSON object or array) or null.
    """

    __slots__ = (
        "type",
        "instructions",
        "criteria",
        "additional_properties",
    )

    type: Literal["choice"]
    instructions: Any
    criteria: DecisionsChoiceCriteria
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["choice"],
        instructions: Any,
        criteria: DecisionsChoiceCriteria,
    ) -> None:
        self.type = type
        self.instructions = instructions
        self.criteria = criteria
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        instructions = self.instructions

        criteria = self.criteria.to_dict()

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
        type_ = cast('Literal["choice"]', d.pop("type"))
        if type_ != "choice":
            raise ValueError(f"type must match const 'choice', got '{type_}'")

        instructions = d.pop("instructions")

        criteria = DecisionsChoiceCriteria.from_dict(d.pop("criteria"))

        decisions_choice_question = cls(
            type=type_,
            instructions=instructions,
            criteria=criteria,
        )

        decisions_choice_question.additional_properties = d
        return decisions_choice_question

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
from ..models.decisions_choice_criteria import DecisionsChoiceCriteria  # noqa: E402
