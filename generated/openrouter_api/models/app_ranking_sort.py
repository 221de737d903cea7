from enum import StrEnum


class AppRankingSort(StrEnum):
    POPULAR = "popular"
    TRENDING = "trending"

    def __str__(self) -> str:
        return str(self.value)
