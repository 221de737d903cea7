from enum import StrEnum


class RankingsLanguageType(StrEnum):
    NATURAL = "natural"
    PROGRAMMING = "programming"

    def __str__(self) -> str:
        return str(self.value)
