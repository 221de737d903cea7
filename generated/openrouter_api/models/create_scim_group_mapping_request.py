from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.scim_role import ScimRole
from ..types import Model as _Model


class CreateScimGroupMappingRequest(_Model):
    """
    Attributes:
        scim_group_id (str):
        workspace_id (str):
        role (ScimRole): Workspace role granted to the members of a SCIM group.
    """

    __slots__ = (
        "scim_group_id",
        "workspace_id",
        "role",
        "additional_properties",
    )

    scim_group_id: str
    workspace_id: str
    role: ScimRole
    additional_properties: dict[str, Any]

    def __init__(
        self,
        scim_group_id: str,
        workspace_id: str,
        role: ScimRole,
    ) -> None:
        self.scim_group_id = scim_group_id
        self.workspace_id = workspace_id
        self.role = role
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        scim_group_id = self.scim_group_id

        workspace_id = self.workspace_id

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scim_group_id": scim_group_id,
                "workspace_id": workspace_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scim_group_id = d.pop("scim_group_id")

        workspace_id = d.pop("workspace_id")

        role = ScimRole._parse(d.pop("role"))

        create_scim_group_mapping_request = cls(
            scim_group_id=scim_group_id,
            workspace_id=workspace_id,
            role=role,
        )

        create_scim_group_mapping_request.additional_properties = d
        return create_scim_group_mapping_request

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
