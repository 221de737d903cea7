from enum import StrEnum


class AnalyticsOperatorValueTypeKnown(StrEnum):
    ARRAY = "array"
    SCALAR = "scalar"

    def __str__(self) -> str:
        return str(self.value)
