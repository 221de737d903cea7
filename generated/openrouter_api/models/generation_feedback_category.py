from __future__ import annotations

from enum import StrEnum
from typing import Any


class GenerationFeedbackCategory(StrEnum):
    API_ERROR = "api_error"
    BILLING = "billing"
    FORMATTING = "formatting"
    INCOHERENCE = "incoherence"
    INCORRECT_RESPONSE = "incorrect_response"
    LATENCY = "latency"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> GenerationFeedbackCategory:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
