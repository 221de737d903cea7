from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_role_known import OrganizationRoleKnown

T = TypeVar("T", bound="OrganizationMember")


@_attrs_define
class OrganizationMember:
    """A member of the organization.

    Attributes:
        id (str): User id of the member.
        email (str): Email address.
        first_name (None | str): First name.
        last_name (None | str): Last name.
        role (OrganizationRoleKnown | str): Role in the organization.
    """

    id: str
    email: str
    first_name: None | str
    last_name: None | str
    role: OrganizationRoleKnown | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        role: str
        if isinstance(self.role, OrganizationRoleKnown):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        first_name = cast("None | str", d.pop("first_name"))

        last_name = cast("None | str", d.pop("last_name"))

        def _parse_role(data: object) -> OrganizationRoleKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = OrganizationRoleKnown._parse(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("OrganizationRoleKnown | str", data)

        role = _parse_role(d.pop("role"))

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
