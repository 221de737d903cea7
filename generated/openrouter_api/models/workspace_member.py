from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.workspace_member_role_known import WorkspaceMemberRoleKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _new_model_.user_id = _json_get_("user_id")
        _role = _json_get_("role")
        role: Any = (
            WorkspaceMemberRoleKnown._value2member_map_.get(_role, _role)
            if isinstance(_role, str)
            else _role
        )
        _new_model_.role = role
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "workspace_id",
        "user_id",
        "role",
        "created_at",
    )
)
