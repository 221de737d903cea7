from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class AnthropicThinkingDisabled(_Model):
    """
    Attributes:
        type (Literal['disabled']):
    """

    __slots__ = (
        "type",
        "additional_properties",
    )

    type: Literal["disabled"]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["disabled"],
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
        type_ = cast('Literal["disabled"]', d.pop("type"))
        if type_ != "disabled":
            raise ValueError(f"type must match const 'disabled', got '{type_}'")

        anthropic_thinking_disabled = cls(
            type=type_,
        )

        anthropic_thinking_disabled.additional_properties = d
        return anthropic_thinking_disabled

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
