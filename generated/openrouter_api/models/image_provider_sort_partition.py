from enum import StrEnum


class ImageProviderSortPartition(StrEnum):
    MODEL = "model"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
