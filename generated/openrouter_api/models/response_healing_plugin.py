from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class ResponseHealingPlugin(_Model):
    """Repairs malformed JSON answers.

    Attributes:
        id (Literal['response-healing']):
        enabled (bool | Unset):
    """

    __slots__ = (
        "id",
        "enabled",
        "additional_properties",
    )

    id: Literal["response-healing"]
    enabled: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: Literal["response-healing"],
        enabled: bool | Unset = UNSET,
    ) -> None:
        self.id = id
        self.enabled = enabled
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast('Literal["response-healing"]', d.pop("id"))
        if id != "response-healing":
            raise ValueError(f"id must match const 'response-healing', got '{id}'")

        enabled = d.pop("enabled", UNSET)

        response_healing_plugin = cls(
            id=id,
            enabled=enabled,
        )

        response_healing_plugin.additional_properties = d
        return response_healing_plugin

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
