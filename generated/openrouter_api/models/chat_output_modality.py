from enum import StrEnum


class ChatOutputModality(StrEnum):
    AUDIO = "audio"
    IMAGE = "image"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
