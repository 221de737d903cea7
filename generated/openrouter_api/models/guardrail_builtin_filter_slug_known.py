from enum import StrEnum


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
