from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_webhook_method_known import ObservabilityWebhookMethodKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservabilityWebhookConfig")


@_attrs_define
class ObservabilityWebhookConfig:
    """Connection settings for any HTTPS webhook. Secrets may come back masked.

    Attributes:
        url (str): URL that receives the traces.
        method (ObservabilityWebhookMethodKnown | str | Unset): HTTP method (`POST` when omitted).
        headers (ObservabilityHeaders | Unset): HTTP header names and values added to every export request.
    """

    url: str
    method: ObservabilityWebhookMethodKnown | str | Unset = UNSET
    headers: ObservabilityHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method: str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, ObservabilityWebhookMethodKnown):
            method = self.method.value
        else:
            method = self.method

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        def _parse_method(data: object) -> ObservabilityWebhookMethodKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = ObservabilityWebhookMethodKnown._parse(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ObservabilityWebhookMethodKnown | str | Unset", data)

        method = _parse_method(d.pop("method", UNSET))

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityHeaders.from_dict(_headers)

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.observability_headers import ObservabilityHeaders  # noqa: E402
