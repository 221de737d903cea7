from __future__ import annotations

from enum import StrEnum
from typing import Any


class AnthropicStopReasonKnown(StrEnum):
    COMPACTION = "compaction"
    END_TURN = "end_turn"
    MAX_TOKENS = "max_tokens"
    MODEL_CONTEXT_WINDOW_EXCEEDED = "model_context_window_exceeded"
    PAUSE_TURN = "pause_turn"
    REFUSAL = "refusal"
    STOP_SEQUENCE = "stop_sequence"
    TOOL_USE = "tool_use"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> AnthropicStopReasonKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
