from enum import StrEnum


class ServerToolExecutorKnown(StrEnum):
    CLIENT = "client"
    OPENROUTER = "openrouter"
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
