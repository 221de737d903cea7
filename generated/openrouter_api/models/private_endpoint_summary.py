from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.private_endpoint_status_known import PrivateEndpointStatusKnown

T = TypeVar("T", bound="PrivateEndpointSummary")


@_attrs_define
class PrivateEndpointSummary:
    """
    Attributes:
        id (str):
        model_permaslug (str): Permanent slug of the served model.
        model_slug (None | str): Public model slug; null once the model is unlisted.
        model_name (None | str): Model display name; null once the model is unlisted.
        provider_name (str): Display name of the upstream provider.
        status (PrivateEndpointStatusKnown | str):
        created_at (str): ISO 8601 creation time.
    """

    id: str
    model_permaslug: str
    model_slug: None | str
    model_name: None | str
    provider_name: str
    status: PrivateEndpointStatusKnown | str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_permaslug = self.model_permaslug

        model_slug: None | str
        model_slug = self.model_slug

        model_name: None | str
        model_name = self.model_name

        provider_name = self.provider_name

        status: str
        if isinstance(self.status, PrivateEndpointStatusKnown):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model_permaslug": model_permaslug,
                "model_slug": model_slug,
                "model_name": model_name,
                "provider_name": provider_name,
                "status": status,
                "created_at": created_at,
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

        created_at = d.pop("created_at")

        private_endpoint_summary = cls(
            id=id,
            model_permaslug=model_permaslug,
            model_slug=model_slug,
            model_name=model_name,
            provider_name=provider_name,
            status=status,
            created_at=created_at,
        )

        private_endpoint_summary.additional_properties = d
        return private_endpoint_summary

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
