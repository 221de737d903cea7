from enum import StrEnum


class OpenRouterWebFetchToolConfigEngine(StrEnum):
    AUTO = "auto"
    EXA = "exa"
    FIRECRAWL = "firecrawl"
    NATIVE = "native"
    OPENROUTER = "openrouter"
    PARALLEL = "parallel"

    def __str__(self) -> str:
        return str(self.value)
