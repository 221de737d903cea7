from enum import StrEnum


class GenerationFeedbackCategory(StrEnum):
    API_ERROR = "api_error"
    BILLING = "billing"
    FORMATTING = "formatting"
    INCOHERENCE = "incoherence"
    INCORRECT_RESPONSE = "incorrect_response"
    LATENCY = "latency"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
