from enum import StrEnum


class CreateResponseRequestModalitiesItem(StrEnum):
    IMAGE = "image"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
