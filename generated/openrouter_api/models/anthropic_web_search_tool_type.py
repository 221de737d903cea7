from enum import StrEnum


class AnthropicWebSearchToolType(StrEnum):
    WEB_SEARCH_20250305 = "web_search_20250305"
    WEB_SEARCH_20260209 = "web_search_20260209"

    def __str__(self) -> str:
        return str(self.value)
