from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class StopServerToolsWhenHasToolCall(_Model):
    """Stop once the named tool has been called.

    Attributes:
        type (Literal['has_tool_call']):
        tool_name (str):
    """

    __slots__ = (
        "type",
        "tool_name",
        "additional_properties",
    )

    type: Literal["has_tool_call"]
    tool_name: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["has_tool_call"],
        tool_name: str,
    ) -> None:
        self.type = type
        self.tool_name = tool_name
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        tool_name = self.tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_name": tool_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["has_tool_call"]', d.pop("type"))
        if type_ != "has_tool_call":
            raise ValueError(f"type must match const 'has_tool_call', got '{type_}'")

        tool_name = d.pop("tool_name")

        stop_server_tools_when_has_tool_call = cls(
            type=type_,
            tool_name=tool_name,
        )

        stop_server_tools_when_has_tool_call.additional_properties = d
        return stop_server_tools_when_has_tool_call

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
