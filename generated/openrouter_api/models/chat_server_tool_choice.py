from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class ChatServerToolChoice(_Model):
    """Force one server tool by its type, for example `openrouter:web_search`.

    Attributes:
        type (str):
    """

    __slots__ = (
        "type",
        "additional_properties",
    )

    type: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
    ) -> None:
        self.type = type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        chat_server_tool_choice = cls(
            type=type_,
        )

        chat_server_tool_choice.additional_properties = d
        return chat_server_tool_choice

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
