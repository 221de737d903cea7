from __future__ import annotations

from enum import StrEnum
from typing import Any


class WorkspaceServerTool(StrEnum):
    OPENROUTERADVISOR = "openrouter:advisor"
    OPENROUTERAPPLY_PATCH = "openrouter:apply_patch"
    OPENROUTERBASH = "openrouter:bash"
    OPENROUTERDATETIME = "openrouter:datetime"
    OPENROUTEREXPERIMENTAL_SEARCH_MODELS = "openrouter:experimental__search_models"
    OPENROUTERFUSION = "openrouter:fusion"
    OPENROUTERIMAGE_GENERATION = "openrouter:image_generation"
    OPENROUTERSHELL = "openrouter:shell"
    OPENROUTERSUBAGENT = "openrouter:subagent"
    OPENROUTERTOOL_SEARCH = "openrouter:tool_search"
    OPENROUTERWEB_FETCH = "openrouter:web_fetch"
    OPENROUTERWEB_SEARCH = "openrouter:web_search"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> WorkspaceServerTool:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
