from __future__ import annotations

from enum import StrEnum
from typing import Any


class TextCompletionFinishReasonKnown(StrEnum):
    CONTENT_FILTER = "content_filter"
    ERROR = "error"
    LENGTH = "length"
    STOP = "stop"
    TOOL_CALLS = "tool_calls"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> TextCompletionFinishReasonKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
