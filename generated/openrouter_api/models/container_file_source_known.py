from enum import StrEnum


class ContainerFileSourceKnown(StrEnum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
