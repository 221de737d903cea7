from enum import StrEnum


class AppRankingCategory(StrEnum):
    CODING = "coding"
    CREATIVE = "creative"
    ENTERTAINMENT = "entertainment"
    PRODUCTIVITY = "productivity"

    def __str__(self) -> str:
        return str(self.value)
