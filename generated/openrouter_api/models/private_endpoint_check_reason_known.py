from __future__ import annotations

from enum import StrEnum
from typing import Any


class PrivateEndpointCheckReasonKnown(StrEnum):
    DATABASE_ERROR = "database_error"
    ENDPOINT_LIMIT_REACHED = "endpoint_limit_reached"
    ENDPOINT_NOT_FOUND = "endpoint_not_found"
    INVALID_BASE_URL = "invalid_base_url"
    INVALID_RESPONSE = "invalid_response"
    INVALID_STREAM = "invalid_stream"
    KEY_DECRYPTION_FAILED = "key_decryption_failed"
    MISSING_USAGE = "missing_usage"
    MODEL_MISMATCH = "model_mismatch"
    MODEL_NOT_FOUND = "model_not_found"
    NOT_VALIDATED = "not_validated"
    NO_BYOK_KEY = "no_byok_key"
    PROVIDER_NOT_FOUND = "provider_not_found"
    UPSTREAM_ERROR = "upstream_error"
    VALIDATION_STALE = "validation_stale"
    WORKSPACE_NOT_FOUND = "workspace_not_found"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> PrivateEndpointCheckReasonKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
