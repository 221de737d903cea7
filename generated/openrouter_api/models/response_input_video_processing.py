from enum import StrEnum


class ResponseInputVideoProcessing(StrEnum):
    AGENTIC = "agentic"
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
