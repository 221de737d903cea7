from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class AnthropicThinkingBlock(_ReadModel):
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

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['thinking']"),
        ("thinking", "thinking", True, "str"),
        ("signature", "signature", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        thinking = d.pop("thinking", None)
        signature = d.pop("signature", None)
        anthropic_thinking_block = cls(
            type=type_,
            thinking=thinking,
            signature=signature,
        )
        anthropic_thinking_block.additional_properties = d
        return anthropic_thinking_block

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
