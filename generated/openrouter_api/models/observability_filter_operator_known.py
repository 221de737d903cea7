from __future__ import annotations

from enum import StrEnum
from typing import Any


class ObservabilityFilterOperatorKnown(StrEnum):
    CONTAINS = "contains"
    ENDS_WITH = "ends_with"
    EQUALS = "equals"
    EXISTS = "exists"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
    NOT_CONTAINS = "not_contains"
    NOT_EQUALS = "not_equals"
    NOT_EXISTS = "not_exists"
    REGEX = "regex"
    STARTS_WITH = "starts_with"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ObservabilityFilterOperatorKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
