from enum import StrEnum


class ContextCompressionPluginEngine(StrEnum):
    MIDDLE_OUT = "middle-out"

    def __str__(self) -> str:
        return str(self.value)
