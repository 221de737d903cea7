from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ObservabilityOtelCollectorConfig(_ReadModel):
    """Connection settings for any OpenTelemetry (OTLP) collector. Secrets may come back masked.

    Attributes:
        endpoint (str): OTLP endpoint URL.
        headers (ObservabilityHeaders | None): HTTP header names and values added to every export request.
    """

    __slots__ = (
        "endpoint",
        "headers",
        "additional_properties",
    )

    endpoint: str
    headers: ObservabilityHeaders | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        endpoint: str,
        headers: ObservabilityHeaders | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.headers = headers
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("endpoint", "endpoint", True, "str"),
        ("headers", "headers", False, "ObservabilityHeaders"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        endpoint = d.pop("endpoint", None)
        _headers = d.pop("headers", None)
        headers: Any = (
            ObservabilityHeaders.from_dict(_headers) if isinstance(_headers, dict) else _headers
        )
        observability_otel_collector_config = cls(
            endpoint=endpoint,
            headers=headers,
        )
        observability_otel_collector_config.additional_properties = d
        return observability_otel_collector_config

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
