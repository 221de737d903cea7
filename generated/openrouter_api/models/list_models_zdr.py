from enum import StrEnum


class ListModelsZdr(StrEnum):
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
