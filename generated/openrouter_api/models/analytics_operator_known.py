from enum import StrEnum


class AnalyticsOperatorKnown(StrEnum):
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    IN = "in"
    LT = "lt"
    LTE = "lte"
    NEQ = "neq"
    NOT_IN = "not_in"

    def __str__(self) -> str:
        return str(self.value)
