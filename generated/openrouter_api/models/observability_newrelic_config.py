from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.observability_newrelic_region_known import ObservabilityNewrelicRegionKnown
from ..types import ReadModel as _ReadModel


class ObservabilityNewrelicConfig(_ReadModel):
    """Connection settings for New Relic. Secrets may come back masked.

    Attributes:
        license_key (str): New Relic license key.
        region (ObservabilityNewrelicRegionKnown | str | None): Data center (`us` when omitted).
        headers (ObservabilityHeaders | None): HTTP header names and values added to every export request.
    """

    __slots__ = (
        "license_key",
        "region",
        "headers",
        "additional_properties",
    )

    license_key: str
    region: ObservabilityNewrelicRegionKnown | str | None
    headers: ObservabilityHeaders | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        license_key: str,
        region: ObservabilityNewrelicRegionKnown | str | None = None,
        headers: ObservabilityHeaders | None = None,
    ) -> None:
        self.license_key = license_key
        self.region = region
        self.headers = headers
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("license_key", "licenseKey", True, "str"),
        ("region", "region", False, "ObservabilityNewrelicRegionKnown | str"),
        ("headers", "headers", False, "ObservabilityHeaders"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        license_key = d.pop("licenseKey", None)
        _region = d.pop("region", None)
        region: Any = _read_region(_region)
        _headers = d.pop("headers", None)
        headers: Any = (
            ObservabilityHeaders.from_dict(_headers) if isinstance(_headers, dict) else _headers
        )
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


def _read_region(data: Any) -> Any:
    if isinstance(data, str):
        if data in ObservabilityNewrelicRegionKnown._value2member_map_:
            return ObservabilityNewrelicRegionKnown._value2member_map_[data]
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.observability_headers import ObservabilityHeaders  # noqa: E402
