from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_newrelic_region_known import ObservabilityNewrelicRegionKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservabilityNewrelicConfig")


@_attrs_define
class ObservabilityNewrelicConfig:
    """Connection settings for New Relic. Secrets may come back masked.

    Attributes:
        license_key (str): New Relic license key.
        region (ObservabilityNewrelicRegionKnown | str | Unset): Data center (`us` when omitted).
        headers (ObservabilityHeaders | Unset): HTTP header names and values added to every export request.
    """

    license_key: str
    region: ObservabilityNewrelicRegionKnown | str | Unset = UNSET
    headers: ObservabilityHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_key = self.license_key

        region: str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, ObservabilityNewrelicRegionKnown):
            region = self.region.value
        else:
            region = self.region

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "licenseKey": license_key,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        license_key = d.pop("licenseKey")

        def _parse_region(data: object) -> ObservabilityNewrelicRegionKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                region_type_0 = ObservabilityNewrelicRegionKnown._parse(data)

                return region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ObservabilityNewrelicRegionKnown | str | Unset", data)

        region = _parse_region(d.pop("region", UNSET))

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityHeaders.from_dict(_headers)

        observability_newrelic_config = cls(
            license_key=license_key,
            region=region,
            headers=headers,
        )

        observability_newrelic_config.additional_properties = d
        return observability_newrelic_config

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
from ..models.observability_headers import ObservabilityHeaders  # noqa: E402
