from __future__ import annotations

from enum import StrEnum
from typing import Any


class RankingsContextBucket(StrEnum):
    VALUE_0 = "1K"
    VALUE_1 = "10K"
    VALUE_2 = "100K"
    VALUE_3 = "1M"
    VALUE_4 = "10M"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> RankingsContextBucket:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
