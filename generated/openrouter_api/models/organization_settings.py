from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class OrganizationSettings(_ReadModel):
    """Organization-wide settings.

    Attributes:
        id (str): The organization.
        is_filtered_model_catalog_enabled (bool): When true, the organization's keys see only the models they may use in
            `GET /models` (like `/models/user`).
    """

    __slots__ = (
        "id",
        "is_filtered_model_catalog_enabled",
        "additional_properties",
    )

    id: str
    is_filtered_model_catalog_enabled: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        is_filtered_model_catalog_enabled: bool,
    ) -> None:
        self.id = id
        self.is_filtered_model_catalog_enabled = is_filtered_model_catalog_enabled
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("is_filtered_model_catalog_enabled", "is_filtered_model_catalog_enabled", True, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        is_filtered_model_catalog_enabled = d.pop("is_filtered_model_catalog_enabled", None)
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
