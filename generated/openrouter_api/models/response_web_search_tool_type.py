from enum import StrEnum


class ResponseWebSearchToolType(StrEnum):
    WEB_SEARCH = "web_search"
    WEB_SEARCH_2025_08_26 = "web_search_2025_08_26"
    WEB_SEARCH_PREVIEW = "web_search_preview"
    WEB_SEARCH_PREVIEW_2025_03_11 = "web_search_preview_2025_03_11"

    def __str__(self) -> str:
        return str(self.value)
