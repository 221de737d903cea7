from enum import StrEnum


class ResponseToolChoiceHostedType(StrEnum):
    APPLY_PATCH = "apply_patch"
    SHELL = "shell"
    WEB_SEARCH_PREVIEW = "web_search_preview"
    WEB_SEARCH_PREVIEW_2025_03_11 = "web_search_preview_2025_03_11"

    def __str__(self) -> str:
        return str(self.value)
