from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class GenericPlugin(_Model):
    """Any other plugin (for example `alignment`, `armor`, `switchyard-router`), with its settings as extra fields.

    Attributes:
        id (str):
    """

    __slots__ = (
        "id",
        "additional_properties",
    )

    id: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
    ) -> None:
        self.id = id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        generic_plugin = cls(
            id=id,
        )

        generic_plugin.additional_properties = d
        return generic_plugin

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
