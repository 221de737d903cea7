from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicToolChoiceAny(_Model):
    """
    Attributes:
        type (Literal['any']):
        disable_parallel_tool_use (bool | Unset):
    """

    __slots__ = (
        "type",
        "disable_parallel_tool_use",
        "additional_properties",
    )

    type: Literal["any"]
    disable_parallel_tool_use: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["any"],
        disable_parallel_tool_use: bool | Unset = UNSET,
    ) -> None:
        self.type = type
        self.disable_parallel_tool_use = disable_parallel_tool_use
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        disable_parallel_tool_use = self.disable_parallel_tool_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if disable_parallel_tool_use is not UNSET:
            field_dict["disable_parallel_tool_use"] = disable_parallel_tool_use

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["any"]', d.pop("type"))
        if type_ != "any":
            raise ValueError(f"type must match const 'any', got '{type_}'")

        disable_parallel_tool_use = d.pop("disable_parallel_tool_use", UNSET)

        anthropic_tool_choice_any = cls(
            type=type_,
            disable_parallel_tool_use=disable_parallel_tool_use,
        )

        anthropic_tool_choice_any.additional_properties = d
        return anthropic_tool_choice_any

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
