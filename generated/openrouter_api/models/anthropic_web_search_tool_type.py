from __future__ import annotations

from enum import StrEnum
from typing import Any


class AnthropicWebSearchToolType(StrEnum):
    WEB_SEARCH_20250305 = "web_search_20250305"
    WEB_SEARCH_20260209 = "web_search_20260209"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> AnthropicWebSearchToolType:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
