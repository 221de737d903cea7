from enum import StrEnum


class RankingsContextBucket(StrEnum):
    VALUE_0 = "1K"
    VALUE_1 = "10K"
    VALUE_2 = "100K"
    VALUE_3 = "1M"
    VALUE_4 = "10M"

    def __str__(self) -> str:
        return str(self.value)
