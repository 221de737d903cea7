from enum import StrEnum


class ResponseToolChoiceAllowedToolsMode(StrEnum):
    AUTO = "auto"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
