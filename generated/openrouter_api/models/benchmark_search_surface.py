from enum import StrEnum


class BenchmarkSearchSurface(StrEnum):
    PLUGIN = "plugin"
    SERVER_TOOL = "server-tool"

    def __str__(self) -> str:
        return str(self.value)
