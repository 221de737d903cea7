from enum import StrEnum


class BenchmarkArena(StrEnum):
    AGENTS = "agents"
    BUILDERS = "builders"
    MODELS = "models"

    def __str__(self) -> str:
        return str(self.value)
