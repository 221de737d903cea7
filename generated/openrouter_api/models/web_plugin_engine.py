from enum import StrEnum


class WebPluginEngine(StrEnum):
    EXA = "exa"
    FIRECRAWL = "firecrawl"
    NATIVE = "native"
    PARALLEL = "parallel"
    PERPLEXITY = "perplexity"

    def __str__(self) -> str:
        return str(self.value)
