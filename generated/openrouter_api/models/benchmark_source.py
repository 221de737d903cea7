from enum import StrEnum


class BenchmarkSource(StrEnum):
    ARTIFICIAL_ANALYSIS = "artificial-analysis"
    DESIGN_ARENA = "design-arena"
    OPENROUTER = "openrouter"

    def __str__(self) -> str:
        return str(self.value)
