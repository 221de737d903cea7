from enum import StrEnum


class ImageTextPhaseKnown(StrEnum):
    CONTENT = "content"
    DRAFT = "draft"
    REASONING = "reasoning"

    def __str__(self) -> str:
        return str(self.value)
