from __future__ import annotations

from enum import StrEnum
from typing import Any


class ReasoningDetailFormatKnown(StrEnum):
    ANTHROPIC_CLAUDE_V1 = "anthropic-claude-v1"
    AZURE_OPENAI_RESPONSES_V1 = "azure-openai-responses-v1"
    BEDROCK_OPENAI_RESPONSES_V1 = "bedrock-openai-responses-v1"
    BEDROCK_XAI_RESPONSES_V1 = "bedrock-xai-responses-v1"
    GOOGLE_GEMINI_V1 = "google-gemini-v1"
    META_RESPONSES_V1 = "meta-responses-v1"
    OPENAI_RESPONSES_V1 = "openai-responses-v1"
    UNKNOWN = "unknown"
    XAI_RESPONSES_V1 = "xai-responses-v1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ReasoningDetailFormatKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
