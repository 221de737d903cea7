from enum import StrEnum


class TranscriptionWordTypeKnown(StrEnum):
    AUDIO_EVENT = "audio_event"
    WORD = "word"

    def __str__(self) -> str:
        return str(self.value)
