from enum import StrEnum


class OpenRouterWebSearchToolConfigEngine(StrEnum):
    AUTO = "auto"
    EXA = "exa"
    FIRECRAWL = "firecrawl"
    NATIVE = "native"
    PARALLEL = "parallel"
    PERPLEXITY = "perplexity"

    def __str__(self) -> str:
        return str(self.value)
