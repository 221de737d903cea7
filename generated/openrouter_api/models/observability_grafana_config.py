from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservabilityGrafanaConfig")


@_attrs_define
class ObservabilityGrafanaConfig:
    """Connection settings for Grafana Cloud. Secrets may come back masked.

    Attributes:
        api_key (str): Grafana Cloud token.
        instance_id (str): Grafana Cloud instance id.
        base_url (str | Unset): OTLP gateway URL override.
        headers (ObservabilityHeaders | Unset): HTTP header names and values added to every export request.
    """

    api_key: str
    instance_id: str
    base_url: str | Unset = UNSET
    headers: ObservabilityHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        instance_id = self.instance_id

        base_url = self.base_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "instanceId": instance_id,
            }
        )
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        instance_id = d.pop("instanceId")

        base_url = d.pop("baseUrl", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityHeaders.from_dict(_headers)

        observability_grafana_config = cls(
            api_key=api_key,
            instance_id=instance_id,
            base_url=base_url,
            headers=headers,
        )

        observability_grafana_config.additional_properties = d
        return observability_grafana_config

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
