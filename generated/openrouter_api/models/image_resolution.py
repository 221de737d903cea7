from __future__ import annotations

from enum import StrEnum
from typing import Any


class ImageResolution(StrEnum):
    VALUE_0 = "512"
    VALUE_1 = "768"
    VALUE_2 = "1K"
    VALUE_3 = "1.5K"
    VALUE_4 = "2K"
    VALUE_5 = "4K"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ImageResolution:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
