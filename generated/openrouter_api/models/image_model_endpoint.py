from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageModelEndpoint")


@_attrs_define
class ImageModelEndpoint:
    """One provider serving an image model.

    Attributes:
        provider_name (str):
        provider_slug (str):
        provider_tag (None | str): Tag to select this endpoint in provider preferences.
        pricing (list[ImagePricingEntry]):
        supported_parameters (ImageSupportedParameters): Request parameter name mapped to the values it accepts.
        allowed_passthrough_parameters (list[str]): Keys accepted under `provider.options.<provider_slug>`.
        supports_streaming (bool):
    """

    provider_name: str
    provider_slug: str
    provider_tag: None | str
    pricing: list[ImagePricingEntry]
    supported_parameters: ImageSupportedParameters
    allowed_passthrough_parameters: list[str]
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_name = self.provider_name

        provider_slug = self.provider_slug

        provider_tag: None | str
        provider_tag = self.provider_tag

        pricing = []
        for pricing_item_data in self.pricing:
            pricing_item = pricing_item_data.to_dict()
            pricing.append(pricing_item)

        supported_parameters = self.supported_parameters.to_dict()

        allowed_passthrough_parameters = self.allowed_passthrough_parameters

        supports_streaming = self.supports_streaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_name": provider_name,
                "provider_slug": provider_slug,
                "provider_tag": provider_tag,
                "pricing": pricing,
                "supported_parameters": supported_parameters,
                "allowed_passthrough_parameters": allowed_passthrough_parameters,
                "supports_streaming": supports_streaming,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_name = d.pop("provider_name")

        provider_slug = d.pop("provider_slug")

        provider_tag = cast("None | str", d.pop("provider_tag"))

        pricing = []
        _pricing = d.pop("pricing")
        for pricing_item_data in _pricing:
            pricing_item = ImagePricingEntry.from_dict(pricing_item_data)

            pricing.append(pricing_item)

        supported_parameters = ImageSupportedParameters.from_dict(d.pop("supported_parameters"))

        allowed_passthrough_parameters = cast("list[str]", d.pop("allowed_passthrough_parameters"))

        supports_streaming = d.pop("supports_streaming")

        image_model_endpoint = cls(
            provider_name=provider_name,
            provider_slug=provider_slug,
            provider_tag=provider_tag,
            pricing=pricing,
            supported_parameters=supported_parameters,
            allowed_passthrough_parameters=allowed_passthrough_parameters,
            supports_streaming=supports_streaming,
        )

        image_model_endpoint.additional_properties = d
        return image_model_endpoint

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
from ..models.image_pricing_entry import ImagePricingEntry  # noqa: E402
from ..models.image_supported_parameters import ImageSupportedParameters  # noqa: E402
