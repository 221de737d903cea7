from __future__ import annotations

from enum import StrEnum
from typing import Any


class ResponseComputerUseToolEnvironmentKnown(StrEnum):
    BROWSER = "browser"
    LINUX = "linux"
    MAC = "mac"
    UBUNTU = "ubuntu"
    WINDOWS = "windows"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ResponseComputerUseToolEnvironmentKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
