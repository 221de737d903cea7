from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class ChatNamedToolChoiceFunction(_Model):
    """
    Attributes:
        name (str):
    """

    __slots__ = (
        "name",
        "additional_properties",
    )

    name: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
    ) -> None:
        self.name = name
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        chat_named_tool_choice_function = cls(
            name=name,
        )

        chat_named_tool_choice_function.additional_properties = d
        return chat_named_tool_choice_function

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
