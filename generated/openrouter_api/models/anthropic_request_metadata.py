from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicRequestMetadata(_Model):
    """
    Attributes:
        user_id (None | str | Unset): Opaque end-user identifier.
    """

    __slots__ = (
        "user_id",
        "additional_properties",
    )

    user_id: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_id: None | str | Unset = UNSET,
    ) -> None:
        self.user_id = user_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = cast("None | str | Unset", d.pop("user_id", UNSET))

        anthropic_request_metadata = cls(
            user_id=user_id,
        )

        anthropic_request_metadata.additional_properties = d
        return anthropic_request_metadata

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
