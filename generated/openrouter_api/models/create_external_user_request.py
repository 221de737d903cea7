from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class CreateExternalUserRequest(_Model):
    """
    Attributes:
        user (str): The tracking id to register (1 to 512 characters, no NUL, no surrounding whitespace).
    """

    __slots__ = (
        "user",
        "additional_properties",
    )

    user: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user: str,
    ) -> None:
        self.user = user
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user")

        create_external_user_request = cls(
            user=user,
        )

        create_external_user_request.additional_properties = d
        return create_external_user_request

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
