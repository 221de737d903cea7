from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerToolPrice")


@_attrs_define
class ServerToolPrice:
    """One billed unit of an engine.

    Attributes:
        unit (str):
        price (str): USD per unit
        max_units_per_call (int):
        mode (None | str): The `parameters.mode` this price is for; null when it does not depend on a mode.
    """

    unit: str
    price: str
    max_units_per_call: int
    mode: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit

        price = self.price

        max_units_per_call = self.max_units_per_call

        mode: None | str
        mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "price": price,
                "max_units_per_call": max_units_per_call,
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit = d.pop("unit")

        price = d.pop("price")

        max_units_per_call = d.pop("max_units_per_call")

        mode = cast("None | str", d.pop("mode"))

        server_tool_price = cls(
            unit=unit,
            price=price,
            max_units_per_call=max_units_per_call,
            mode=mode,
        )

        server_tool_price.additional_properties = d
        return server_tool_price

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
