from __future__ import annotations

from enum import StrEnum
from typing import Any


class ImageBillableKnown(StrEnum):
    INPUT_FONT = "input_font"
    INPUT_IMAGE = "input_image"
    INPUT_REFERENCE = "input_reference"
    INPUT_TEXT = "input_text"
    OUTPUT_IMAGE = "output_image"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ImageBillableKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
