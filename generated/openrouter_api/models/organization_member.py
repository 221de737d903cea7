from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.organization_role_known import OrganizationRoleKnown
from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        id = d.pop("id", None)
        email = d.pop("email", None)
        first_name = d.pop("first_name", None)
        last_name = d.pop("last_name", None)
        _role = d.pop("role", None)
        role: Any = _read_role(_role)
        organization_member = cls(
            id=id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            role=role,
        )
        organization_member.additional_properties = d
        return organization_member

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
        if data in OrganizationRoleKnown._value2member_map_:
            return OrganizationRoleKnown._value2member_map_[data]
    return data
