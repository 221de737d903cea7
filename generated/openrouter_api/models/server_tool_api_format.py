from enum import StrEnum


class ServerToolApiFormat(StrEnum):
    ANTHROPIC_MESSAGES = "anthropic-messages"
    CHAT_COMPLETIONS = "chat-completions"
    RESPONSES = "responses"

    def __str__(self) -> str:
        return str(self.value)
