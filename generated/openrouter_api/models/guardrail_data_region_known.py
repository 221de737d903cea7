from enum import StrEnum


class GuardrailDataRegionKnown(StrEnum):
    EUROPE = "europe"
    GLOBAL = "global"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)
