from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class AnthropicThinkingBlockParam(_Model):
    """
    Attributes:
        type (Literal['thinking']):
        thinking (str):
        signature (str):
    """

    __slots__ = (
        "type",
        "thinking",
        "signature",
        "additional_properties",
    )

    type: Literal["thinking"]
    thinking: str
    signature: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["thinking"],
        thinking: str,
        signature: str,
    ) -> None:
        self.type = type
        self.thinking = thinking
        self.signature = signature
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        thinking = self.thinking

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "thinking": thinking,
                "signature": signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["thinking"]', d.pop("type"))
        if type_ != "thinking":
            raise ValueError(f"type must match const 'thinking', got '{type_}'")

        thinking = d.pop("thinking")

        signature = d.pop("signature")

        anthropic_thinking_block_param = cls(
            type=type_,
            thinking=thinking,
            signature=signature,
        )

        anthropic_thinking_block_param.additional_properties = d
        return anthropic_thinking_block_param

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
