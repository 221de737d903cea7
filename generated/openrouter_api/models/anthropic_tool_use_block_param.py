from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicToolUseBlockParam(_Model):
    """A tool call made by the assistant in an earlier turn.

    Attributes:
        type (Literal['tool_use']):
        id (str):
        name (str):
        input (Any | Unset): The tool arguments as a JSON object.
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
    """

    __slots__ = (
        "type",
        "id",
        "name",
        "input",
        "cache_control",
        "additional_properties",
    )

    type: Literal["tool_use"]
    id: str
    name: str
    input: Any | Unset
    cache_control: CacheControl | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["tool_use"],
        id: str,
        name: str,
        input: Any | Unset = UNSET,
        cache_control: CacheControl | Unset = UNSET,
    ) -> None:
        self.type = type
        self.id = id
        self.name = name
        self.input = input
        self.cache_control = cache_control
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        id = self.id

        name = self.name

        input_ = self.input

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["tool_use"]', d.pop("type"))
        if type_ != "tool_use":
            raise ValueError(f"type must match const 'tool_use', got '{type_}'")

        id = d.pop("id")

        name = d.pop("name")

        input_ = d.pop("input", UNSET)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        anthropic_tool_use_block_param = cls(
            type=type_,
            id=id,
            name=name,
            input=input_,
            cache_control=cache_control,
        )

        anthropic_tool_use_block_param.additional_properties = d
        return anthropic_tool_use_block_param

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
