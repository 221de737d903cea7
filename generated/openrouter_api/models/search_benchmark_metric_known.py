from enum import StrEnum


class SearchBenchmarkMetricKnown(StrEnum):
    ACCURACY = "accuracy"
    F1_BY_ITEM = "f1_by_item"

    def __str__(self) -> str:
        return str(self.value)
