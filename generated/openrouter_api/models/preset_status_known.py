from enum import StrEnum


class PresetStatusKnown(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    DISABLED = "disabled"

    def __str__(self) -> str:
        return str(self.value)
