from enum import StrEnum


class RankingsModality(StrEnum):
    AUDIO = "audio"
    IMAGE = "image"
    IMAGE_OUTPUT = "image_output"
    TEXT = "text"
    TOOL_CALLING = "tool_calling"

    def __str__(self) -> str:
        return str(self.value)
