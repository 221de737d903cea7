from enum import StrEnum


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
