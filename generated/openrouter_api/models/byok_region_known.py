from enum import StrEnum


class ByokRegionKnown(StrEnum):
    EUROPE = "europe"
    GLOBAL = "global"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)
