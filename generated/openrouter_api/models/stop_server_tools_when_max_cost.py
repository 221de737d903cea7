from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class StopServerToolsWhenMaxCost(_Model):
    """Stop once the loop's total cost passes this many US dollars.

    Attributes:
        type (Literal['max_cost']):
        max_cost_in_dollars (float):
    """

    __slots__ = (
        "type",
        "max_cost_in_dollars",
        "additional_properties",
    )

    type: Literal["max_cost"]
    max_cost_in_dollars: float
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["max_cost"],
        max_cost_in_dollars: float,
    ) -> None:
        self.type = type
        self.max_cost_in_dollars = max_cost_in_dollars
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        max_cost_in_dollars = self.max_cost_in_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "max_cost_in_dollars": max_cost_in_dollars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["max_cost"]', d.pop("type"))
        if type_ != "max_cost":
            raise ValueError(f"type must match const 'max_cost', got '{type_}'")

        max_cost_in_dollars = d.pop("max_cost_in_dollars")

        stop_server_tools_when_max_cost = cls(
            type=type_,
            max_cost_in_dollars=max_cost_in_dollars,
        )

        stop_server_tools_when_max_cost.additional_properties = d
        return stop_server_tools_when_max_cost

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
