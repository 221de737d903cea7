from __future__ import annotations

from enum import StrEnum
from typing import Any


class OpenRouterWebSearchToolConfigEngineKnown(StrEnum):
    AUTO = "auto"
    EXA = "exa"
    FIRECRAWL = "firecrawl"
    NATIVE = "native"
    PARALLEL = "parallel"
    PERPLEXITY = "perplexity"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> OpenRouterWebSearchToolConfigEngineKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
