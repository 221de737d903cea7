from enum import StrEnum


class ChatRouteMode(StrEnum):
    FALLBACK = "fallback"
    SORT = "sort"

    def __str__(self) -> str:
        return str(self.value)
