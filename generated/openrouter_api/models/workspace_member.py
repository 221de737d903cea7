from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_member_role_known import WorkspaceMemberRoleKnown

T = TypeVar("T", bound="WorkspaceMember")


@_attrs_define
class WorkspaceMember:
    """
    Attributes:
        id (str): Id of the membership.
        workspace_id (str):
        user_id (str): User id of the member.
        role (str | WorkspaceMemberRoleKnown):
        created_at (str): ISO 8601 time the membership started.
    """

    id: str
    workspace_id: str
    user_id: str
    role: str | WorkspaceMemberRoleKnown
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        user_id = self.user_id

        role: str
        if isinstance(self.role, WorkspaceMemberRoleKnown):
            role = self.role.value
        else:
            role = self.role

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "user_id": user_id,
                "role": role,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        workspace_id = d.pop("workspace_id")

        user_id = d.pop("user_id")

        def _parse_role(data: object) -> str | WorkspaceMemberRoleKnown:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = WorkspaceMemberRoleKnown._parse(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | WorkspaceMemberRoleKnown", data)

        role = _parse_role(d.pop("role"))

        created_at = d.pop("created_at")

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
