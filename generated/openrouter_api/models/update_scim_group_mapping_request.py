from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.scim_role import ScimRole
from ..types import Model as _Model


class UpdateScimGroupMappingRequest(_Model):
    """
    Attributes:
        role (ScimRole): Workspace role granted to the members of a SCIM group.
    """

    __slots__ = (
        "role",
        "additional_properties",
    )

    role: ScimRole
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: ScimRole,
    ) -> None:
        self.role = role
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = ScimRole._parse(d.pop("role"))

        update_scim_group_mapping_request = cls(
            role=role,
        )

        update_scim_group_mapping_request.additional_properties = d
        return update_scim_group_mapping_request

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
