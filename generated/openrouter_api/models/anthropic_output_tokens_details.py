from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class AnthropicOutputTokensDetails(_ReadModel):
    """
    Attributes:
        thinking_tokens (int | None): Output tokens spent on thinking.
    """

    __slots__ = (
        "thinking_tokens",
        "additional_properties",
    )

    thinking_tokens: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        thinking_tokens: int | None = None,
    ) -> None:
        self.thinking_tokens = thinking_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("thinking_tokens", "thinking_tokens", False, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        thinking_tokens = d.pop("thinking_tokens", None)
        anthropic_output_tokens_details = cls(
            thinking_tokens=thinking_tokens,
        )
        anthropic_output_tokens_details.additional_properties = d
        return anthropic_output_tokens_details

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
