from __future__ import annotations

from enum import StrEnum
from typing import Any


class InferenceErrorTypeKnown(StrEnum):
    AUTHENTICATION = "authentication"
    CONTENT_POLICY_VIOLATION = "content_policy_violation"
    CONTEXT_LENGTH_EXCEEDED = "context_length_exceeded"
    IMAGE_DOWNLOAD_FAILED = "image_download_failed"
    IMAGE_NOT_FOUND = "image_not_found"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_TOO_SMALL = "image_too_small"
    INVALID_IMAGE = "invalid_image"
    INVALID_PROMPT = "invalid_prompt"
    INVALID_REQUEST = "invalid_request"
    MAX_TOKENS_EXCEEDED = "max_tokens_exceeded"
    NOT_FOUND = "not_found"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    PAYMENT_REQUIRED = "payment_required"
    PERMISSION_DENIED = "permission_denied"
    PRECONDITION_FAILED = "precondition_failed"
    PROVIDER_OVERLOADED = "provider_overloaded"
    PROVIDER_UNAVAILABLE = "provider_unavailable"
    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    REFUSAL = "refusal"
    SERVER = "server"
    STRING_TOO_LONG = "string_too_long"
    TIMEOUT = "timeout"
    TOKEN_LIMIT_EXCEEDED = "token_limit_exceeded"
    UNMAPPED = "unmapped"
    UNPROCESSABLE = "unprocessable"
    UNSUPPORTED_IMAGE_FORMAT = "unsupported_image_format"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> InferenceErrorTypeKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
