from enum import StrEnum


class PdfParserOptionsEngine(StrEnum):
    CLOUDFLARE_AI = "cloudflare-ai"
    MISTRAL_OCR = "mistral-ocr"
    NATIVE = "native"
    PDF_TEXT = "pdf-text"

    def __str__(self) -> str:
        return str(self.value)
