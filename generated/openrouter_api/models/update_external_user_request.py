from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class UpdateExternalUserRequest(_Model):
    """
    Attributes:
        is_active (bool): New registration state.
    """

    __slots__ = (
        "is_active",
        "additional_properties",
    )

    is_active: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        is_active: bool,
    ) -> None:
        self.is_active = is_active
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_active": is_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_active = d.pop("is_active")

        update_external_user_request = cls(
            is_active=is_active,
        )

        update_external_user_request.additional_properties = d
        return update_external_user_request

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
