from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicCustomTool(_Model):
    """A client-side tool described by a JSON Schema.

    Attributes:
        name (str):
        input_schema (AnthropicCustomToolInputSchema): JSON Schema of the tool input (an object schema).
        type (Literal['custom'] | Unset):
        description (str | Unset):
        strict (bool | Unset):
        defer_loading (bool | Unset):
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
    """

    __slots__ = (
        "name",
        "input_schema",
        "type",
        "description",
        "strict",
        "defer_loading",
        "cache_control",
        "additional_properties",
    )

    name: str
    input_schema: AnthropicCustomToolInputSchema
    type: Literal["custom"] | Unset
    description: str | Unset
    strict: bool | Unset
    defer_loading: bool | Unset
    cache_control: CacheControl | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        input_schema: AnthropicCustomToolInputSchema,
        type: Literal["custom"] | Unset = UNSET,
        description: str | Unset = UNSET,
        strict: bool | Unset = UNSET,
        defer_loading: bool | Unset = UNSET,
        cache_control: CacheControl | Unset = UNSET,
    ) -> None:
        self.name = name
        self.input_schema = input_schema
        self.type = type
        self.description = description
        self.strict = strict
        self.defer_loading = defer_loading
        self.cache_control = cache_control
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema = self.input_schema.to_dict()

        type_ = self.type

        description = self.description

        strict = self.strict

        defer_loading = self.defer_loading

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_schema": input_schema,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        input_schema = AnthropicCustomToolInputSchema.from_dict(d.pop("input_schema"))

        type_ = cast('Literal["custom"] | Unset', d.pop("type", UNSET))
        if type_ != "custom" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        description = d.pop("description", UNSET)

        strict = d.pop("strict", UNSET)

        defer_loading = d.pop("defer_loading", UNSET)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        anthropic_custom_tool = cls(
            name=name,
            input_schema=input_schema,
            type=type_,
            description=description,
            strict=strict,
            defer_loading=defer_loading,
            cache_control=cache_control,
        )

        anthropic_custom_tool.additional_properties = d
        return anthropic_custom_tool

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
from ..models.anthropic_custom_tool_input_schema import AnthropicCustomToolInputSchema  # noqa: E402
from ..models.cache_control import CacheControl  # noqa: E402
