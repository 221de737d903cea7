from enum import StrEnum


class CreateChatCompletionXOpenRouterCache(StrEnum):
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
