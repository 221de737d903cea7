from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.scim_role_known import ScimRoleKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.organization_id = _json_get_("organization_id")
        _new_model_.scim_group_id = _json_get_("scim_group_id")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _role = _json_get_("role")
        role: Any = (
            ScimRoleKnown._value2member_map_.get(_role, _role) if isinstance(_role, str) else _role
        )
        _new_model_.role = role
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.updated_at = _json_get_("updated_at")
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
        "organization_id",
        "scim_group_id",
        "workspace_id",
        "role",
        "created_at",
        "updated_at",
    )
)
