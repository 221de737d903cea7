from enum import StrEnum


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
