from enum import StrEnum


class ResponseWebSearchToolMode(StrEnum):
    ADVANCED = "advanced"
    AUTO = "auto"
    BASIC = "basic"
    DEEP = "deep"
    DEEP_LITE = "deep-lite"
    DEEP_REASONING = "deep-reasoning"
    FAST = "fast"
    INSTANT = "instant"
    TURBO = "turbo"

    def __str__(self) -> str:
        return str(self.value)
