from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class ChatUsageOptions(_Model):
    """No effect; usage is always returned.

    Attributes:
        include (bool | Unset):
    """

    __slots__ = (
        "include",
        "additional_properties",
    )

    include: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        include: bool | Unset = UNSET,
    ) -> None:
        self.include = include
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        include = self.include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        include = d.pop("include", UNSET)

        chat_usage_options = cls(
            include=include,
        )

        chat_usage_options.additional_properties = d
        return chat_usage_options

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
