from enum import StrEnum


class ResponseImageGenerationToolModeration(StrEnum):
    AUTO = "auto"
    LOW = "low"

    def __str__(self) -> str:
        return str(self.value)
