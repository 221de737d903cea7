from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ServerToolPrice(_ReadModel):
    """One billed unit of an engine.

    Attributes:
        unit (str):
        price (str): USD per unit
        max_units_per_call (int):
        mode (None | str): The `parameters.mode` this price is for; null when it does not depend on a mode.
    """

    __slots__ = (
        "unit",
        "price",
        "max_units_per_call",
        "mode",
        "additional_properties",
    )

    unit: str
    price: str
    max_units_per_call: int
    mode: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        unit: str,
        price: str,
        max_units_per_call: int,
        mode: None | str,
    ) -> None:
        self.unit = unit
        self.price = price
        self.max_units_per_call = max_units_per_call
        self.mode = mode
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("unit", "unit", True, "str"),
        ("price", "price", True, "str"),
        ("max_units_per_call", "max_units_per_call", True, "int"),
        ("mode", "mode", True, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        unit = d.pop("unit", None)
        price = d.pop("price", None)
        max_units_per_call = d.pop("max_units_per_call", None)
        mode = d.pop("mode", None)
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
