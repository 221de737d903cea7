from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScimGroup")


@_attrs_define
class ScimGroup:
    """A group provisioned by the organization's identity provider.

    Attributes:
        id (str):
        organization_id (str):
        display_name (str):
        external_id (None | str): The identity provider's id for the group.
        created_at (str): ISO 8601 creation time.
        updated_at (str): ISO 8601 time of the last change.
    """

    id: str
    organization_id: str
    display_name: str
    external_id: None | str
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        display_name = self.display_name

        external_id: None | str
        external_id = self.external_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "display_name": display_name,
                "external_id": external_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        display_name = d.pop("display_name")

        external_id = cast("None | str", d.pop("external_id"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        scim_group = cls(
            id=id,
            organization_id=organization_id,
            display_name=display_name,
            external_id=external_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        scim_group.additional_properties = d
        return scim_group

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
