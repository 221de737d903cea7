from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseNamespaceTool")


@_attrs_define
class ResponseNamespaceTool:
    """A named group of function and custom tools.

    Attributes:
        type_ (Literal['namespace']):
        name (str):
        description (str):
        tools (list[ResponseCustomTool | ResponseFunctionTool]):
    """

    type_: Literal["namespace"]
    name: str
    description: str
    tools: list[ResponseCustomTool | ResponseFunctionTool]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, ResponseFunctionTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "description": description,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["namespace"]', d.pop("type"))
        if type_ != "namespace":
            raise ValueError(f"type must match const 'namespace', got '{type_}'")

        name = d.pop("name")

        description = d.pop("description")

        def _parse_tools_item(data: object) -> ResponseCustomTool | ResponseFunctionTool:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_0 = ResponseFunctionTool.from_dict(data)

                return tools_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tools_item_type_1 = ResponseCustomTool.from_dict(data)

            return tools_item_type_1

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = _parse_tools_item(tools_item_data)
            tools.append(tools_item)

        response_namespace_tool = cls(
            type_=type_,
            name=name,
            description=description,
            tools=tools,
        )

        response_namespace_tool.additional_properties = d
        return response_namespace_tool

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
from ..models.response_custom_tool import ResponseCustomTool  # noqa: E402
from ..models.response_function_tool import ResponseFunctionTool  # noqa: E402
