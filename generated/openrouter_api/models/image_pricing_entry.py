from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.image_billable_known import ImageBillableKnown
from ..models.image_pricing_unit_known import ImagePricingUnitKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ImagePricingEntry(_ReadModel):
    """One price line of an image endpoint.

    Attributes:
        billable (ImageBillableKnown | str): What is charged for.
        unit (ImagePricingUnitKnown | str): The unit the price applies to.
        cost_usd (float): USD per unit.
        variant (str | None): The quality/size variant this price applies to, when prices differ by variant.
    """

    __slots__ = (
        "billable",
        "unit",
        "cost_usd",
        "variant",
        "additional_properties",
    )

    billable: ImageBillableKnown | str
    unit: ImagePricingUnitKnown | str
    cost_usd: float
    variant: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        billable: ImageBillableKnown | str,
        unit: ImagePricingUnitKnown | str,
        cost_usd: float,
        variant: str | None = None,
    ) -> None:
        self.billable = billable
        self.unit = unit
        self.cost_usd = cost_usd
        self.variant = variant
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("billable", "billable", True, "ImageBillableKnown | str"),
        ("unit", "unit", True, "ImagePricingUnitKnown | str"),
        ("cost_usd", "cost_usd", True, "float"),
        ("variant", "variant", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _billable = _json_get_("billable")
        billable: Any = (
            ImageBillableKnown._value2member_map_.get(_billable, _billable)
            if isinstance(_billable, str)
            else _billable
        )
        _new_model_.billable = billable
        _unit = _json_get_("unit")
        unit: Any = (
            ImagePricingUnitKnown._value2member_map_.get(_unit, _unit)
            if isinstance(_unit, str)
            else _unit
        )
        _new_model_.unit = unit
        _new_model_.cost_usd = _json_get_("cost_usd")
        _new_model_.variant = _json_get_("variant")
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
        "billable",
        "unit",
        "cost_usd",
        "variant",
    )
)
