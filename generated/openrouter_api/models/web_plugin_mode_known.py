from __future__ import annotations

from enum import StrEnum
from typing import Any


class WebPluginModeKnown(StrEnum):
    ADVANCED = "advanced"
    AUTO = "auto"
    BASIC = "basic"
    DEEP = "deep"
    DEEP_LITE = "deep-lite"
    DEEP_REASONING = "deep-reasoning"
    FAST = "fast"
    INSTANT = "instant"
    TURBO = "turbo"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> WebPluginModeKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
