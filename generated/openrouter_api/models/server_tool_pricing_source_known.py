from enum import StrEnum


class ServerToolPricingSourceKnown(StrEnum):
    BYOK = "byok"
    NONE = "none"
    OPENROUTER = "openrouter"
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
