from enum import StrEnum


class ModelInputModalityKnown(StrEnum):
    AUDIO = "audio"
    FILE = "file"
    IMAGE = "image"
    TEXT = "text"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
