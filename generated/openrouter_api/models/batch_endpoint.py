from enum import StrEnum


class BatchEndpoint(StrEnum):
    VALUE_0 = "/v1/chat/completions"
    VALUE_1 = "/v1/responses"
    VALUE_2 = "/v1/messages"
    VALUE_3 = "/v1/embeddings"

    def __str__(self) -> str:
        return str(self.value)
