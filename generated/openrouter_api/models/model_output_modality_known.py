from enum import StrEnum


class ModelOutputModalityKnown(StrEnum):
    AUDIO = "audio"
    DECISIONS = "decisions"
    EMBEDDINGS = "embeddings"
    IMAGE = "image"
    RERANK = "rerank"
    SPEECH = "speech"
    TEXT = "text"
    TRANSCRIPTION = "transcription"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
