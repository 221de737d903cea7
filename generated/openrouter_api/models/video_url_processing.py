from enum import StrEnum


class VideoUrlProcessing(StrEnum):
    AGENTIC = "agentic"
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
