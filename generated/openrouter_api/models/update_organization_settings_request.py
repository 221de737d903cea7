from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class UpdateOrganizationSettingsRequest(_Model):
    """New organization settings.

    Attributes:
        is_filtered_model_catalog_enabled (bool): Turn the filtered model catalog on or off.
    """

    __slots__ = (
        "is_filtered_model_catalog_enabled",
        "additional_properties",
    )

    is_filtered_model_catalog_enabled: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        is_filtered_model_catalog_enabled: bool,
    ) -> None:
        self.is_filtered_model_catalog_enabled = is_filtered_model_catalog_enabled
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        is_filtered_model_catalog_enabled = self.is_filtered_model_catalog_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_filtered_model_catalog_enabled": is_filtered_model_catalog_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_filtered_model_catalog_enabled = d.pop("is_filtered_model_catalog_enabled")

        update_organization_settings_request = cls(
            is_filtered_model_catalog_enabled=is_filtered_model_catalog_enabled,
        )

        update_organization_settings_request.additional_properties = d
        return update_organization_settings_request

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
