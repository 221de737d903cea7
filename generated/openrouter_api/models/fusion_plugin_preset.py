from enum import StrEnum


class FusionPluginPreset(StrEnum):
    GENERAL_BUDGET = "general-budget"
    GENERAL_FAST = "general-fast"
    GENERAL_HIGH = "general-high"

    def __str__(self) -> str:
        return str(self.value)
