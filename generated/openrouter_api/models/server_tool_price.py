from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.unit = _json_get_("unit")
        _new_model_.price = _json_get_("price")
        _new_model_.max_units_per_call = _json_get_("max_units_per_call")
        _new_model_.mode = _json_get_("mode")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "unit",
        "price",
        "max_units_per_call",
        "mode",
    )
)
