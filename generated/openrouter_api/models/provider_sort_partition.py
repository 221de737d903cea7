from enum import StrEnum


class ProviderSortPartition(StrEnum):
    MODEL = "model"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
