from __future__ import annotations

from enum import StrEnum
from typing import Any


class ModelCategory(StrEnum):
    ACADEMIA = "academia"
    FINANCE = "finance"
    HEALTH = "health"
    LEGAL = "legal"
    MARKETING = "marketing"
    MARKETINGSEO = "marketing/seo"
    PROGRAMMING = "programming"
    ROLEPLAY = "roleplay"
    SCIENCE = "science"
    TECHNOLOGY = "technology"
    TRANSLATION = "translation"
    TRIVIA = "trivia"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ModelCategory:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
