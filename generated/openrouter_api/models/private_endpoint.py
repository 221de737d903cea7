from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.private_endpoint_region_known import PrivateEndpointRegionKnown
from ..models.private_endpoint_status_known import PrivateEndpointStatusKnown

T = TypeVar("T", bound="PrivateEndpoint")


@_attrs_define
class PrivateEndpoint:
    """A private endpoint with its upstream configuration and pricing.

    Attributes:
        id (str):
        model_permaslug (str): Permanent slug of the served model.
        model_slug (None | str): Public model slug; null once the model is unlisted.
        model_name (None | str): Model display name; null once the model is unlisted.
        provider_name (str): Display name of the upstream provider.
        provider_slug (None | str): Provider slug; null once the provider is unlisted.
        upstream_model_id (str): Model or deployment id sent to the provider.
        base_url (None | str): HTTPS base URL of the deployment; null for providers whose URL comes from the BYOK
            credential (Azure, Bedrock, Vertex).
        status (PrivateEndpointStatusKnown | str):
        declared_region (None | PrivateEndpointRegionKnown | str): Declared data-processing region; null when
            undeclared.
        declared_zdr (bool | None): Declared zero data retention; null when undeclared.
        pricing (PrivateEndpointPricing): Negotiated USD rates per token, as decimal strings. A cache rate left out is
            taken from the
            public endpoint of the same model and provider when there is one.
    """

    id: str
    model_permaslug: str
    model_slug: None | str
    model_name: None | str
    provider_name: str
    provider_slug: None | str
    upstream_model_id: str
    base_url: None | str
    status: PrivateEndpointStatusKnown | str
    declared_region: None | PrivateEndpointRegionKnown | str
    declared_zdr: bool | None
    pricing: PrivateEndpointPricing
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_permaslug = self.model_permaslug

        model_slug: None | str
        model_slug = self.model_slug

        model_name: None | str
        model_name = self.model_name

        provider_name = self.provider_name

        provider_slug: None | str
        provider_slug = self.provider_slug

        upstream_model_id = self.upstream_model_id

        base_url: None | str
        base_url = self.base_url

        status: str
        if isinstance(self.status, PrivateEndpointStatusKnown):
            status = self.status.value
        else:
            status = self.status

        declared_region: None | str
        if isinstance(self.declared_region, PrivateEndpointRegionKnown):
            declared_region = self.declared_region.value
        else:
            declared_region = self.declared_region

        declared_zdr: bool | None
        declared_zdr = self.declared_zdr

        pricing = self.pricing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model_permaslug": model_permaslug,
                "model_slug": model_slug,
                "model_name": model_name,
                "provider_name": provider_name,
                "provider_slug": provider_slug,
                "upstream_model_id": upstream_model_id,
                "base_url": base_url,
                "status": status,
                "declared_region": declared_region,
                "declared_zdr": declared_zdr,
                "pricing": pricing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        model_permaslug = d.pop("model_permaslug")

        model_slug = cast("None | str", d.pop("model_slug"))

        model_name = cast("None | str", d.pop("model_name"))

        provider_name = d.pop("provider_name")

        provider_slug = cast("None | str", d.pop("provider_slug"))

        upstream_model_id = d.pop("upstream_model_id")

        base_url = cast("None | str", d.pop("base_url"))

        def _parse_status(data: object) -> PrivateEndpointStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PrivateEndpointStatusKnown._parse(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("PrivateEndpointStatusKnown | str", data)

        status = _parse_status(d.pop("status"))

        def _parse_declared_region(data: object) -> None | PrivateEndpointRegionKnown | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                declared_region_type_0 = PrivateEndpointRegionKnown._parse(data)

                return declared_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PrivateEndpointRegionKnown | str", data)

        declared_region = _parse_declared_region(d.pop("declared_region"))

        declared_zdr = cast("bool | None", d.pop("declared_zdr"))

        pricing = PrivateEndpointPricing.from_dict(d.pop("pricing"))

        private_endpoint = cls(
            id=id,
            model_permaslug=model_permaslug,
            model_slug=model_slug,
            model_name=model_name,
            provider_name=provider_name,
            provider_slug=provider_slug,
            upstream_model_id=upstream_model_id,
            base_url=base_url,
            status=status,
            declared_region=declared_region,
            declared_zdr=declared_zdr,
            pricing=pricing,
        )

        private_endpoint.additional_properties = d
        return private_endpoint

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
