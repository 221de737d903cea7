from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class AnthropicCacheCreation(_ReadModel):
    """
    Attributes:
        ephemeral_5m_input_tokens (int | None):
        ephemeral_1h_input_tokens (int | None):
    """

    __slots__ = (
        "ephemeral_5m_input_tokens",
        "ephemeral_1h_input_tokens",
        "additional_properties",
    )

    ephemeral_5m_input_tokens: int | None
    ephemeral_1h_input_tokens: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        ephemeral_5m_input_tokens: int | None = None,
        ephemeral_1h_input_tokens: int | None = None,
    ) -> None:
        self.ephemeral_5m_input_tokens = ephemeral_5m_input_tokens
        self.ephemeral_1h_input_tokens = ephemeral_1h_input_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("ephemeral_5m_input_tokens", "ephemeral_5m_input_tokens", False, "int"),
        ("ephemeral_1h_input_tokens", "ephemeral_1h_input_tokens", False, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        ephemeral_5m_input_tokens = d.pop("ephemeral_5m_input_tokens", None)
        ephemeral_1h_input_tokens = d.pop("ephemeral_1h_input_tokens", None)
        anthropic_cache_creation = cls(
            ephemeral_5m_input_tokens=ephemeral_5m_input_tokens,
            ephemeral_1h_input_tokens=ephemeral_1h_input_tokens,
        )
        anthropic_cache_creation.additional_properties = d
        return anthropic_cache_creation

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
