from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class DecisionsNoulQuestion(_Model):
    """Ask for a probability that a statement is true.

    Attributes:
        type (Literal['noul']):
        instructions (Any): A string, or a JSON object or array of structured guidance.
        criteria (DecisionsNoulCriteria | Unset): What counts as true and as false.
    """

    __slots__ = (
        "type",
        "instructions",
        "criteria",
        "additional_properties",
    )

    type: Literal["noul"]
    instructions: Any
    criteria: DecisionsNoulCriteria | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["noul"],
        instructions: Any,
        criteria: DecisionsNoulCriteria | Unset = UNSET,
    ) -> None:
        self.type = type
        self.instructions = instructions
        self.criteria = criteria
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        instructions = self.instructions

        criteria: dict[str, Any] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = self.criteria.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "instructions": instructions,
            }
        )
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["noul"]', d.pop("type"))
        if type_ != "noul":
            raise ValueError(f"type must match const 'noul', got '{type_}'")

        instructions = d.pop("instructions")

        _criteria = d.pop("criteria", UNSET)
        criteria: DecisionsNoulCriteria | Unset
        if isinstance(_criteria, Unset):
            criteria = UNSET
        else:
            criteria = DecisionsNoulCriteria.from_dict(_criteria)

        decisions_noul_question = cls(
            type=type_,
            instructions=instructions,
            criteria=criteria,
        )

        decisions_noul_question.additional_properties = d
        return decisions_noul_question

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
from ..models.decisions_noul_criteria import DecisionsNoulCriteria  # noqa: E402
