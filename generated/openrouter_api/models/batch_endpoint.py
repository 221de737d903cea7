from __future__ import annotations

from enum import StrEnum
from typing import Any


class BatchEndpoint(StrEnum):
    VALUE_0 = "/v1/chat/completions"
    VALUE_1 = "/v1/responses"
    VALUE_2 = "/v1/messages"
    VALUE_3 = "/v1/embeddings"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> BatchEndpoint:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
