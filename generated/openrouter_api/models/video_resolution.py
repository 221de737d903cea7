from __future__ import annotations

from enum import StrEnum
from typing import Any


class VideoResolution(StrEnum):
    VALUE_0 = "360p"
    VALUE_1 = "480p"
    VALUE_2 = "720p"
    VALUE_3 = "768p"
    VALUE_4 = "1080p"
    VALUE_5 = "1K"
    VALUE_6 = "2K"
    VALUE_7 = "4K"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> VideoResolution:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
