from enum import StrEnum


class TextCompletionFinishReasonKnown(StrEnum):
    CONTENT_FILTER = "content_filter"
    ERROR = "error"
    LENGTH = "length"
    STOP = "stop"
    TOOL_CALLS = "tool_calls"

    def __str__(self) -> str:
        return str(self.value)
