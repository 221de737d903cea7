from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.observability_webhook_method_known import ObservabilityWebhookMethodKnown
from ..types import ReadModel as _ReadModel


class ObservabilityWebhookConfig(_ReadModel):
    """Connection settings for any HTTPS webhook. Secrets may come back masked.

    Attributes:
        url (str): URL that receives the traces.
        method (ObservabilityWebhookMethodKnown | str | None): HTTP method (`POST` when omitted).
        headers (ObservabilityHeaders | None): HTTP header names and values added to every export request.
    """

    __slots__ = (
        "url",
        "method",
        "headers",
        "additional_properties",
    )

    url: str
    method: ObservabilityWebhookMethodKnown | str | None
    headers: ObservabilityHeaders | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
        method: ObservabilityWebhookMethodKnown | str | None = None,
        headers: ObservabilityHeaders | None = None,
    ) -> None:
        self.url = url
        self.method = method
        self.headers = headers
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("url", "url", True, "str"),
        ("method", "method", False, "ObservabilityWebhookMethodKnown | str"),
        ("headers", "headers", False, "ObservabilityHeaders"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        url = d.pop("url", None)
        _method = d.pop("method", None)
        method: Any = _read_method(_method)
        _headers = d.pop("headers", None)
        headers: Any = (
            ObservabilityHeaders.from_dict(_headers) if isinstance(_headers, dict) else _headers
        )
        observability_webhook_config = cls(
            url=url,
            method=method,
            headers=headers,
        )
        observability_webhook_config.additional_properties = d
        return observability_webhook_config

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


def _read_method(data: Any) -> Any:
    if isinstance(data, str):
        if data in ObservabilityWebhookMethodKnown._value2member_map_:
            return ObservabilityWebhookMethodKnown._value2member_map_[data]
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.observability_headers import ObservabilityHeaders  # noqa: E402
