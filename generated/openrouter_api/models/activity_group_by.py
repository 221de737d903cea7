from enum import StrEnum


class ActivityGroupBy(StrEnum):
    WORKSPACE = "workspace"

    def __str__(self) -> str:
        return str(self.value)
