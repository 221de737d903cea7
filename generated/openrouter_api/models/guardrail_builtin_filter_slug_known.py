from __future__ import annotations

from enum import StrEnum
from typing import Any


class GuardrailBuiltinFilterSlugKnown(StrEnum):
    ADDRESS = "address"
    CREDIT_CARD = "credit-card"
    EMAIL = "email"
    IP_ADDRESS = "ip-address"
    PERSON_NAME = "person-name"
    PHONE = "phone"
    REGEX_PROMPT_INJECTION = "regex-prompt-injection"
    SECRETS = "secrets"
    SSN = "ssn"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> GuardrailBuiltinFilterSlugKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
