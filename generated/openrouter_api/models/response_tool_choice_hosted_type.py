from __future__ import annotations

from enum import StrEnum
from typing import Any


class ResponseToolChoiceHostedType(StrEnum):
    APPLY_PATCH = "apply_patch"
    SHELL = "shell"
    WEB_SEARCH_PREVIEW = "web_search_preview"
    WEB_SEARCH_PREVIEW_2025_03_11 = "web_search_preview_2025_03_11"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ResponseToolChoiceHostedType:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
