from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenRouterWebSearchTool")


@_attrs_define
class OpenRouterWebSearchTool:
    """OpenRouter's own web search, run server-side.

    Attributes:
        type_ (Literal['openrouter:web_search']):
        parameters (OpenRouterWebSearchToolConfig | Unset):
    """

    type_: Literal["openrouter:web_search"]
    parameters: OpenRouterWebSearchToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["openrouter:web_search"]', d.pop("type"))
        if type_ != "openrouter:web_search":
            raise ValueError(f"type must match const 'openrouter:web_search', got '{type_}'")

        _parameters = d.pop("parameters", UNSET)
        parameters: OpenRouterWebSearchToolConfig | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = OpenRouterWebSearchToolConfig.from_dict(_parameters)

        open_router_web_search_tool = cls(
            type_=type_,
            parameters=parameters,
        )

        open_router_web_search_tool.additional_properties = d
        return open_router_web_search_tool

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
from ..models.open_router_web_search_tool_config import OpenRouterWebSearchToolConfig  # noqa: E402
