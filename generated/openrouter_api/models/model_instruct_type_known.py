from __future__ import annotations

from enum import StrEnum
from typing import Any


class ModelInstructTypeKnown(StrEnum):
    AIROBOROS = "airoboros"
    ALPACA = "alpaca"
    ALPACA_MODIF = "alpaca-modif"
    CHATML = "chatml"
    CLAUDE = "claude"
    CODE_LLAMA = "code-llama"
    DEEPSEEK_R1 = "deepseek-r1"
    DEEPSEEK_V3_1 = "deepseek-v3.1"
    GEMMA = "gemma"
    LLAMA2 = "llama2"
    LLAMA3 = "llama3"
    MISTRAL = "mistral"
    NEMOTRON = "nemotron"
    NEURAL = "neural"
    NONE = "none"
    OPENCHAT = "openchat"
    PHI3 = "phi3"
    QWEN3 = "qwen3"
    QWQ = "qwq"
    RWKV = "rwkv"
    VICUNA = "vicuna"
    ZEPHYR = "zephyr"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ModelInstructTypeKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
