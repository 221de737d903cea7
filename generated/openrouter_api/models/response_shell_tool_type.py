from enum import StrEnum


class ResponseShellToolType(StrEnum):
    APPLY_PATCH = "apply_patch"
    LOCAL_SHELL = "local_shell"
    SHELL = "shell"

    def __str__(self) -> str:
        return str(self.value)
