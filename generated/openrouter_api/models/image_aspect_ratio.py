from __future__ import annotations

from enum import StrEnum
from typing import Any


class ImageAspectRatio(StrEnum):
    AUTO = "auto"
    VALUE_0 = "1:1"
    VALUE_1 = "1:2"
    VALUE_10 = "4:3"
    VALUE_11 = "4:5"
    VALUE_12 = "5:2"
    VALUE_13 = "5:4"
    VALUE_14 = "5:7"
    VALUE_15 = "7:5"
    VALUE_16 = "8:1"
    VALUE_17 = "9:16"
    VALUE_18 = "16:9"
    VALUE_19 = "9:19.5"
    VALUE_2 = "1:4"
    VALUE_20 = "19.5:9"
    VALUE_21 = "9:20"
    VALUE_22 = "20:9"
    VALUE_23 = "9:21"
    VALUE_24 = "21:9"
    VALUE_3 = "1:8"
    VALUE_4 = "2:1"
    VALUE_5 = "2:3"
    VALUE_6 = "2.35:1"
    VALUE_7 = "3:2"
    VALUE_8 = "3:4"
    VALUE_9 = "4:1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ImageAspectRatio:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
