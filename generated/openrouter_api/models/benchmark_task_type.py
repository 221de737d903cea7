from enum import StrEnum


class BenchmarkTaskType(StrEnum):
    AGENTIC = "agentic"
    CODING = "coding"
    INTELLIGENCE = "intelligence"
    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
