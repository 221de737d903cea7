from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.image_billable_known import ImageBillableKnown
from ..models.image_pricing_unit_known import ImagePricingUnitKnown
from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        _billable = d.pop("billable", None)
        billable: Any = _read_billable(_billable)
        _unit = d.pop("unit", None)
        unit: Any = _read_unit(_unit)
        cost_usd = d.pop("cost_usd", None)
        variant = d.pop("variant", None)
        image_pricing_entry = cls(
            billable=billable,
            unit=unit,
            cost_usd=cost_usd,
            variant=variant,
        )
        image_pricing_entry.additional_properties = d
        return image_pricing_entry

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


def _read_billable(data: Any) -> Any:
    if isinstance(data, str):
        if data in ImageBillableKnown._value2member_map_:
            return ImageBillableKnown._value2member_map_[data]
    return data


def _read_unit(data: Any) -> Any:
    if isinstance(data, str):
        if data in ImagePricingUnitKnown._value2member_map_:
            return ImagePricingUnitKnown._value2member_map_[data]
    return data
