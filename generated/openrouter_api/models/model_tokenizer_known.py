from __future__ import annotations

from enum import StrEnum
from typing import Any


class ModelTokenizerKnown(StrEnum):
    CLAUDE = "Claude"
    COHERE = "Cohere"
    DEEPSEEK = "DeepSeek"
    GEMINI = "Gemini"
    GEMMA = "Gemma"
    GPT = "GPT"
    GROK = "Grok"
    LLAMA2 = "Llama2"
    LLAMA3 = "Llama3"
    LLAMA4 = "Llama4"
    MEDIA = "Media"
    MISTRAL = "Mistral"
    NOVA = "Nova"
    OTHER = "Other"
    PALM = "PaLM"
    QWEN = "Qwen"
    QWEN3 = "Qwen3"
    ROUTER = "Router"
    RWKV = "RWKV"
    YI = "Yi"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ModelTokenizerKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
