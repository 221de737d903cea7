from enum import StrEnum


class TranscriptionResponseFormat(StrEnum):
    JSON = "json"
    VERBOSE_JSON = "verbose_json"

    def __str__(self) -> str:
        return str(self.value)
