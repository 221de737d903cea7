from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_billable_known import ImageBillableKnown
from ..models.image_pricing_unit_known import ImagePricingUnitKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagePricingEntry")


@_attrs_define
class ImagePricingEntry:
    """One price line of an image endpoint.

    Attributes:
        billable (ImageBillableKnown | str): What is charged for.
        unit (ImagePricingUnitKnown | str): The unit the price applies to.
        cost_usd (float): USD per unit.
        variant (str | Unset): The quality/size variant this price applies to, when prices differ by variant.
    """

    billable: ImageBillableKnown | str
    unit: ImagePricingUnitKnown | str
    cost_usd: float
    variant: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billable: str
        if isinstance(self.billable, ImageBillableKnown):
            billable = self.billable.value
        else:
            billable = self.billable

        unit: str
        if isinstance(self.unit, ImagePricingUnitKnown):
            unit = self.unit.value
        else:
            unit = self.unit

        cost_usd = self.cost_usd

        variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billable": billable,
                "unit": unit,
                "cost_usd": cost_usd,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_billable(data: object) -> ImageBillableKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billable_type_0 = ImageBillableKnown._parse(data)

                return billable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ImageBillableKnown | str", data)

        billable = _parse_billable(d.pop("billable"))

        def _parse_unit(data: object) -> ImagePricingUnitKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_type_0 = ImagePricingUnitKnown._parse(data)

                return unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ImagePricingUnitKnown | str", data)

        unit = _parse_unit(d.pop("unit"))

        cost_usd = d.pop("cost_usd")

        variant = d.pop("variant", UNSET)

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
