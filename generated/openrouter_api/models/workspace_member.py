from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.workspace_member_role_known import WorkspaceMemberRoleKnown
from ..types import ReadModel as _ReadModel


class WorkspaceMember(_ReadModel):
    """
    Attributes:
        id (str): Id of the membership.
        workspace_id (str):
        user_id (str): User id of the member.
        role (str | WorkspaceMemberRoleKnown):
        created_at (str): ISO 8601 time the membership started.
    """

    __slots__ = (
        "id",
        "workspace_id",
        "user_id",
        "role",
        "created_at",
        "additional_properties",
    )

    id: str
    workspace_id: str
    user_id: str
    role: str | WorkspaceMemberRoleKnown
    created_at: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        workspace_id: str,
        user_id: str,
        role: str | WorkspaceMemberRoleKnown,
        created_at: str,
    ) -> None:
        self.id = id
        self.workspace_id = workspace_id
        self.user_id = user_id
        self.role = role
        self.created_at = created_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("workspace_id", "workspace_id", True, "str"),
        ("user_id", "user_id", True, "str"),
        ("role", "role", True, "str | WorkspaceMemberRoleKnown"),
        ("created_at", "created_at", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        workspace_id = d.pop("workspace_id", None)
        user_id = d.pop("user_id", None)
        _role = d.pop("role", None)
        role: Any = _read_role(_role)
        created_at = d.pop("created_at", None)
        workspace_member = cls(
            id=id,
            workspace_id=workspace_id,
            user_id=user_id,
            role=role,
            created_at=created_at,
        )
        workspace_member.additional_properties = d
        return workspace_member

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
        if data in WorkspaceMemberRoleKnown._value2member_map_:
            return WorkspaceMemberRoleKnown._value2member_map_[data]
    return data
