from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrganizationSettings")


@_attrs_define
class OrganizationSettings:
    """Organization-wide settings.

    Attributes:
        id (str): The organization.
        is_filtered_model_catalog_enabled (bool): When true, the organization's keys see only the models they may use in
            `GET /models` (like `/models/user`).
    """

    id: str
    is_filtered_model_catalog_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_filtered_model_catalog_enabled = self.is_filtered_model_catalog_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_filtered_model_catalog_enabled": is_filtered_model_catalog_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_filtered_model_catalog_enabled = d.pop("is_filtered_model_catalog_enabled")

        organization_settings = cls(
            id=id,
            is_filtered_model_catalog_enabled=is_filtered_model_catalog_enabled,
        )

        organization_settings.additional_properties = d
        return organization_settings

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
