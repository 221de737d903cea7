from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class ApiKeyExternalIdentity(_Model):
    """A partner-side identity to attach to a new key.

    Attributes:
        user (str): The partner's end-user id, used for attribution.
        api_key (str | Unset): A partner-chosen key value (at least 32 high-entropy characters); stored only as a hash.
    """

    __slots__ = (
        "user",
        "api_key",
        "additional_properties",
    )

    user: str
    api_key: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user: str,
        api_key: str | Unset = UNSET,
    ) -> None:
        self.user = user
        self.api_key = api_key
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user")

        api_key = d.pop("api_key", UNSET)

        api_key_external_identity = cls(
            user=user,
            api_key=api_key,
        )

        api_key_external_identity.additional_properties = d
        return api_key_external_identity

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
