from enum import StrEnum


class OAuthTokenScope(StrEnum):
    INFERENCE = "inference"
    MANAGEMENT = "management"

    def __str__(self) -> str:
        return str(self.value)
