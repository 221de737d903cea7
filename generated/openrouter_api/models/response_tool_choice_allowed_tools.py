from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.response_tool_choice_allowed_tools_mode import ResponseToolChoiceAllowedToolsMode
from ..types import Model as _Model


class ResponseToolChoiceAllowedTools(_Model):
    """
    Attributes:
        type (Literal['allowed_tools']):
        mode (ResponseToolChoiceAllowedToolsMode):
        tools (list[ResponseToolChoiceAllowedToolsToolsItem]):
    """

    __slots__ = (
        "type",
        "mode",
        "tools",
        "additional_properties",
    )

    type: Literal["allowed_tools"]
    mode: ResponseToolChoiceAllowedToolsMode
    tools: list[ResponseToolChoiceAllowedToolsToolsItem]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["allowed_tools"],
        mode: ResponseToolChoiceAllowedToolsMode,
        tools: list[ResponseToolChoiceAllowedToolsToolsItem],
    ) -> None:
        self.type = type
        self.mode = mode
        self.tools = tools
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        mode = self.mode.value

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "mode": mode,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["allowed_tools"]', d.pop("type"))
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        mode = ResponseToolChoiceAllowedToolsMode._parse(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ResponseToolChoiceAllowedToolsToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        response_tool_choice_allowed_tools = cls(
            type=type_,
            mode=mode,
            tools=tools,
        )

        response_tool_choice_allowed_tools.additional_properties = d
        return response_tool_choice_allowed_tools

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_tool_choice_allowed_tools_tools_item import (
    ResponseToolChoiceAllowedToolsToolsItem,  # noqa: E402
)
