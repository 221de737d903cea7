from enum import StrEnum


class GuardrailScanScopeKnown(StrEnum):
    ALL_MESSAGES = "all_messages"
    USER_ONLY = "user_only"

    def __str__(self) -> str:
        return str(self.value)
