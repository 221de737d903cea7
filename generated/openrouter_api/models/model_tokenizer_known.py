from enum import StrEnum


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
