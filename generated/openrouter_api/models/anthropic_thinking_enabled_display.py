from enum import StrEnum


class AnthropicThinkingEnabledDisplay(StrEnum):
    OMITTED = "omitted"
    SUMMARIZED = "summarized"
    UPDATES = "updates"

    def __str__(self) -> str:
        return str(self.value)
