from enum import StrEnum


class WorkspaceBudgetInterval(StrEnum):
    DAILY = "daily"
    LIFETIME = "lifetime"
    MONTHLY = "monthly"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
