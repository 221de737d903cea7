from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_role_known import ScimRoleKnown

T = TypeVar("T", bound="ScimGroupMapping")


@_attrs_define
class ScimGroupMapping:
    """Gives the members of one SCIM group a role in one workspace.

    Attributes:
        id (str):
        organization_id (str):
        scim_group_id (str):
        workspace_id (str):
        role (ScimRoleKnown | str):
        created_at (str): ISO 8601 creation time.
        updated_at (str): ISO 8601 time of the last change.
    """

    id: str
    organization_id: str
    scim_group_id: str
    workspace_id: str
    role: ScimRoleKnown | str
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        scim_group_id = self.scim_group_id

        workspace_id = self.workspace_id

        role: str
        if isinstance(self.role, ScimRoleKnown):
            role = self.role.value
        else:
            role = self.role

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "scim_group_id": scim_group_id,
                "workspace_id": workspace_id,
                "role": role,
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

        scim_group_id = d.pop("scim_group_id")

        workspace_id = d.pop("workspace_id")

        def _parse_role(data: object) -> ScimRoleKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = ScimRoleKnown._parse(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ScimRoleKnown | str", data)

        role = _parse_role(d.pop("role"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        scim_group_mapping = cls(
            id=id,
            organization_id=organization_id,
            scim_group_id=scim_group_id,
            workspace_id=workspace_id,
            role=role,
            created_at=created_at,
            updated_at=updated_at,
        )

        scim_group_mapping.additional_properties = d
        return scim_group_mapping

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
