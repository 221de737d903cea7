from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.private_endpoint_region import PrivateEndpointRegion
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreatePrivateEndpointRequest(_Model):
    """
    Attributes:
        model_permaslug (str): Permanent slug of the model to serve.
        provider_slug (str): Slug of the upstream provider.
        upstream_model_id (str): Model or deployment id to send to the provider.
        base_url (str | Unset): HTTPS base URL of the deployment; needed unless the provider takes it from the BYOK
            credential.
        declared_region (None | PrivateEndpointRegion | Unset): Declare where the deployment processes data.
        declared_zdr (bool | None | Unset): Declare that the deployment keeps no prompts or completions.
        pricing (PrivateEndpointPricing | Unset): Negotiated USD rates per token, as decimal strings. A cache rate left
            out is taken from the
            public endpoint of the same model and provider when there is one.
        activate (PrivateEndpointActivation | Unset): Ask for validation and activation in the same call.
    """

    __slots__ = (
        "model_permaslug",
        "provider_slug",
        "upstream_model_id",
        "base_url",
        "declared_region",
        "declared_zdr",
        "pricing",
        "activate",
        "additional_properties",
    )

    model_permaslug: str
    provider_slug: str
    upstream_model_id: str
    base_url: str | Unset
    declared_region: None | PrivateEndpointRegion | Unset
    declared_zdr: bool | None | Unset
    pricing: PrivateEndpointPricing | Unset
    activate: PrivateEndpointActivation | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model_permaslug: str,
        provider_slug: str,
        upstream_model_id: str,
        base_url: str | Unset = UNSET,
        declared_region: None | PrivateEndpointRegion | Unset = UNSET,
        declared_zdr: bool | None | Unset = UNSET,
        pricing: PrivateEndpointPricing | Unset = UNSET,
        activate: PrivateEndpointActivation | Unset = UNSET,
    ) -> None:
        self.model_permaslug = model_permaslug
        self.provider_slug = provider_slug
        self.upstream_model_id = upstream_model_id
        self.base_url = base_url
        self.declared_region = declared_region
        self.declared_zdr = declared_zdr
        self.pricing = pricing
        self.activate = activate
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model_permaslug = self.model_permaslug

        provider_slug = self.provider_slug

        upstream_model_id = self.upstream_model_id

        base_url = self.base_url

        declared_region: None | str | Unset
        if isinstance(self.declared_region, Unset):
            declared_region = UNSET
        elif isinstance(self.declared_region, PrivateEndpointRegion):
            declared_region = self.declared_region.value
        else:
            declared_region = self.declared_region

        declared_zdr: bool | None | Unset
        if isinstance(self.declared_zdr, Unset):
            declared_zdr = UNSET
        else:
            declared_zdr = self.declared_zdr

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        activate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activate, Unset):
            activate = self.activate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_permaslug": model_permaslug,
                "provider_slug": provider_slug,
                "upstream_model_id": upstream_model_id,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if declared_region is not UNSET:
            field_dict["declared_region"] = declared_region
        if declared_zdr is not UNSET:
            field_dict["declared_zdr"] = declared_zdr
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if activate is not UNSET:
            field_dict["activate"] = activate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_permaslug = d.pop("model_permaslug")

        provider_slug = d.pop("provider_slug")

        upstream_model_id = d.pop("upstream_model_id")

        base_url = d.pop("base_url", UNSET)

        def _parse_declared_region(data: object) -> None | PrivateEndpointRegion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                declared_region_type_0 = PrivateEndpointRegion._parse(data)

                return declared_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PrivateEndpointRegion | Unset", data)

        declared_region = _parse_declared_region(d.pop("declared_region", UNSET))

        declared_zdr = cast("bool | None | Unset", d.pop("declared_zdr", UNSET))

        _pricing = d.pop("pricing", UNSET)
        pricing: PrivateEndpointPricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = PrivateEndpointPricing.from_dict(_pricing)

        _activate = d.pop("activate", UNSET)
        activate: PrivateEndpointActivation | Unset
        if isinstance(_activate, Unset):
            activate = UNSET
        else:
            activate = PrivateEndpointActivation.from_dict(_activate)

        create_private_endpoint_request = cls(
            model_permaslug=model_permaslug,
            provider_slug=provider_slug,
            upstream_model_id=upstream_model_id,
            base_url=base_url,
            declared_region=declared_region,
            declared_zdr=declared_zdr,
            pricing=pricing,
            activate=activate,
        )

        create_private_endpoint_request.additional_properties = d
        return create_private_endpoint_request

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
from ..models.private_endpoint_activation import PrivateEndpointActivation  # noqa: E402
from ..models.private_endpoint_pricing import PrivateEndpointPricing  # noqa: E402
