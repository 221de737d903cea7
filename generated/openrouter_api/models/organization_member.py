from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.organization_role_known import OrganizationRoleKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class OrganizationMember(_ReadModel):
    """A member of the organization.

    Attributes:
        id (str): User id of the member.
        email (str): Email address.
        first_name (None | str): First name.
        last_name (None | str): Last name.
        role (OrganizationRoleKnown | str): Role in the organization.
    """

    __slots__ = (
        "id",
        "email",
        "first_name",
        "last_name",
        "role",
        "additional_properties",
    )

    id: str
    email: str
    first_name: None | str
    last_name: None | str
    role: OrganizationRoleKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        email: str,
        first_name: None | str,
        last_name: None | str,
        role: OrganizationRoleKnown | str,
    ) -> None:
        self.id = id
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.role = role
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("email", "email", True, "str"),
        ("first_name", "first_name", True, "None | str"),
        ("last_name", "last_name", True, "None | str"),
        ("role", "role", True, "OrganizationRoleKnown | str"),
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
        _new_model_.email = _json_get_("email")
        _new_model_.first_name = _json_get_("first_name")
        _new_model_.last_name = _json_get_("last_name")
        _role = _json_get_("role")
        role: Any = (
            OrganizationRoleKnown._value2member_map_.get(_role, _role)
            if isinstance(_role, str)
            else _role
        )
        _new_model_.role = role
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
        "email",
        "first_name",
        "last_name",
        "role",
    )
)
