from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.scim_role_known import ScimRoleKnown
from ..types import ReadModel as _ReadModel


class ScimGroupMapping(_ReadModel):
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

    __slots__ = (
        "id",
        "organization_id",
        "scim_group_id",
        "workspace_id",
        "role",
        "created_at",
        "updated_at",
        "additional_properties",
    )

    id: str
    organization_id: str
    scim_group_id: str
    workspace_id: str
    role: ScimRoleKnown | str
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        organization_id: str,
        scim_group_id: str,
        workspace_id: str,
        role: ScimRoleKnown | str,
        created_at: str,
        updated_at: str,
    ) -> None:
        self.id = id
        self.organization_id = organization_id
        self.scim_group_id = scim_group_id
        self.workspace_id = workspace_id
        self.role = role
        self.created_at = created_at
        self.updated_at = updated_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("organization_id", "organization_id", True, "str"),
        ("scim_group_id", "scim_group_id", True, "str"),
        ("workspace_id", "workspace_id", True, "str"),
        ("role", "role", True, "ScimRoleKnown | str"),
        ("created_at", "created_at", True, "str"),
        ("updated_at", "updated_at", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        organization_id = d.pop("organization_id", None)
        scim_group_id = d.pop("scim_group_id", None)
        workspace_id = d.pop("workspace_id", None)
        _role = d.pop("role", None)
        role: Any = _read_role(_role)
        created_at = d.pop("created_at", None)
        updated_at = d.pop("updated_at", None)
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


def _read_role(data: Any) -> Any:
    if isinstance(data, str):
        if data in ScimRoleKnown._value2member_map_:
            return ScimRoleKnown._value2member_map_[data]
    return data
