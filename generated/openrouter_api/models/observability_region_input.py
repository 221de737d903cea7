from enum import StrEnum


class ObservabilityRegionInput(StrEnum):
    EU = "eu"
    EUROPE = "europe"
    GLOBAL = "global"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)
