from __future__ import annotations

from enum import StrEnum
from typing import Any


class ServerToolPricingSourceKnown(StrEnum):
    BYOK = "byok"
    NONE = "none"
    OPENROUTER = "openrouter"
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ServerToolPricingSourceKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
