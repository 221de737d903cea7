from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class AnthropicRedactedThinkingBlockParam(_Model):
    """
    Attributes:
        type (Literal['redacted_thinking']):
        data (str):
    """

    __slots__ = (
        "type",
        "data",
        "additional_properties",
    )

    type: Literal["redacted_thinking"]
    data: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["redacted_thinking"],
        data: str,
    ) -> None:
        self.type = type
        self.data = data
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["redacted_thinking"]', d.pop("type"))
        if type_ != "redacted_thinking":
            raise ValueError(f"type must match const 'redacted_thinking', got '{type_}'")

        data = d.pop("data")

        anthropic_redacted_thinking_block_param = cls(
            type=type_,
            data=data,
        )

        anthropic_redacted_thinking_block_param.additional_properties = d
        return anthropic_redacted_thinking_block_param

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
