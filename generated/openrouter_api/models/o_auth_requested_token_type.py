from enum import StrEnum


class OAuthRequestedTokenType(StrEnum):
    URNIETFPARAMSOAUTHTOKEN_TYPEACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token"

    def __str__(self) -> str:
        return str(self.value)
