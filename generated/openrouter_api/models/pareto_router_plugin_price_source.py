from enum import StrEnum


class ParetoRouterPluginPriceSource(StrEnum):
    PROMPT = "prompt"
    WEIGHTED_AVG = "weighted_avg"

    def __str__(self) -> str:
        return str(self.value)
