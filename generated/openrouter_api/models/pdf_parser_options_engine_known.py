from __future__ import annotations

from enum import StrEnum
from typing import Any


class PdfParserOptionsEngineKnown(StrEnum):
    CLOUDFLARE_AI = "cloudflare-ai"
    MISTRAL_OCR = "mistral-ocr"
    NATIVE = "native"
    PDF_TEXT = "pdf-text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> PdfParserOptionsEngineKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
