from enum import StrEnum


class CreateResponseRequestServiceTier(StrEnum):
    AUTO = "auto"
    DEFAULT = "default"
    FAST = "fast"
    FLEX = "flex"
    PRIORITY = "priority"
    SCALE = "scale"
    ULTRAFAST = "ultrafast"

    def __str__(self) -> str:
        return str(self.value)
