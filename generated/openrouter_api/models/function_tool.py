from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class FunctionTool(_Model):
    """A function the client executes; the model answers with a tool call carrying JSON arguments.

    Attributes:
        type (Literal['function']):
        function (FunctionDefinition):
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
        defer_loading (bool | Unset): Hide this tool until the tool-search server tool finds it.
    """

    __slots__ = (
        "type",
        "function",
        "cache_control",
        "defer_loading",
        "additional_properties",
    )

    type: Literal["function"]
    function: FunctionDefinition
    cache_control: CacheControl | Unset
    defer_loading: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["function"],
        function: FunctionDefinition,
        cache_control: CacheControl | Unset = UNSET,
        defer_loading: bool | Unset = UNSET,
    ) -> None:
        self.type = type
        self.function = function
        self.cache_control = cache_control
        self.defer_loading = defer_loading
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        function = self.function.to_dict()

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        defer_loading = self.defer_loading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["function"]', d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        function = FunctionDefinition.from_dict(d.pop("function"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        defer_loading = d.pop("defer_loading", UNSET)

        function_tool = cls(
            type=type_,
            function=function,
            cache_control=cache_control,
            defer_loading=defer_loading,
        )

        function_tool.additional_properties = d
        return function_tool

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
from ..models.cache_control import CacheControl  # noqa: E402
from ..models.function_definition import FunctionDefinition  # noqa: E402
