from __future__ import annotations

from enum import StrEnum
from typing import Any


class ObservabilityFilterFieldKnown(StrEnum):
    API_KEY_NAME = "api_key_name"
    COMPLETION_TOKENS = "completion_tokens"
    FINISH_REASON = "finish_reason"
    INPUT = "input"
    MODEL = "model"
    OUTPUT = "output"
    PROMPT_TOKENS = "prompt_tokens"
    PROVIDER = "provider"
    SESSION_ID = "session_id"
    TOTAL_COST = "total_cost"
    TOTAL_TOKENS = "total_tokens"
    USER_ID = "user_id"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ObservabilityFilterFieldKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
