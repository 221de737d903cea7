from enum import StrEnum


class TaskClassificationWindow(StrEnum):
    VALUE_0 = "7d"

    def __str__(self) -> str:
        return str(self.value)
