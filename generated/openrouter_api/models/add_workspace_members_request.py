from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import Model as _Model


class AddWorkspaceMembersRequest(_Model):
    """
    Attributes:
        user_ids (list[str]): User ids of organization members to add.
    """

    __slots__ = (
        "user_ids",
        "additional_properties",
    )

    user_ids: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_ids: list[str],
    ) -> None:
        self.user_ids = user_ids
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_ids": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_ids = cast("list[str]", d.pop("user_ids"))

        add_workspace_members_request = cls(
            user_ids=user_ids,
        )

        add_workspace_members_request.additional_properties = d
        return add_workspace_members_request

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
