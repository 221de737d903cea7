from __future__ import annotations

from enum import StrEnum
from typing import Any


class SessionTurnRange(StrEnum):
    VALUE_0 = "1-turn"
    VALUE_1 = "2-9-turns"
    VALUE_2 = "10-49-turns"
    VALUE_3 = "50-plus-turns"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> SessionTurnRange:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
