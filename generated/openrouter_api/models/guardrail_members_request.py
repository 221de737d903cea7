from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import Model as _Model


class GuardrailMembersRequest(_Model):
    """Members to assign to or remove from a guardrail.

    Attributes:
        member_user_ids (list[str]): User ids of the members.
    """

    __slots__ = (
        "member_user_ids",
        "additional_properties",
    )

    member_user_ids: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        member_user_ids: list[str],
    ) -> None:
        self.member_user_ids = member_user_ids
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        member_user_ids = self.member_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_user_ids": member_user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        member_user_ids = cast("list[str]", d.pop("member_user_ids"))

        guardrail_members_request = cls(
            member_user_ids=member_user_ids,
        )

        guardrail_members_request.additional_properties = d
        return guardrail_members_request

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
