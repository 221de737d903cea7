from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class SetPrivateEndpointPricingRequest(_Model):
    """
    Attributes:
        pricing (PrivateEndpointPricing): Negotiated USD rates per token, as decimal strings. A cache rate left out is
            taken from the
            public endpoint of the same model and provider when there is one.
    """

    __slots__ = (
        "pricing",
        "additional_properties",
    )

    pricing: PrivateEndpointPricing
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pricing: PrivateEndpointPricing,
    ) -> None:
        self.pricing = pricing
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        pricing = self.pricing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pricing": pricing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pricing = PrivateEndpointPricing.from_dict(d.pop("pricing"))

        set_private_endpoint_pricing_request = cls(
            pricing=pricing,
        )

        set_private_endpoint_pricing_request.additional_properties = d
        return set_private_endpoint_pricing_request

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
from ..models.private_endpoint_pricing import PrivateEndpointPricing  # noqa: E402
