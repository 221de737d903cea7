from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.o_auth_code_challenge_method import OAuthCodeChallengeMethod
from ..types import UNSET, Unset
from ..types import Model as _Model


class ExchangeAuthCodeRequest(_Model):
    """
    Attributes:
        code (str): Authorization code delivered on the redirect.
        code_verifier (str | Unset): The original PKCE verifier; required only if a challenge was sent.
        code_challenge_method (None | OAuthCodeChallengeMethod | Unset):
    """

    __slots__ = (
        "code",
        "code_verifier",
        "code_challenge_method",
        "additional_properties",
    )

    code: str
    code_verifier: str | Unset
    code_challenge_method: None | OAuthCodeChallengeMethod | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        code: str,
        code_verifier: str | Unset = UNSET,
        code_challenge_method: None | OAuthCodeChallengeMethod | Unset = UNSET,
    ) -> None:
        self.code = code
        self.code_verifier = code_verifier
        self.code_challenge_method = code_challenge_method
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        code_verifier = self.code_verifier

        code_challenge_method: None | str | Unset
        if isinstance(self.code_challenge_method, Unset):
            code_challenge_method = UNSET
        elif isinstance(self.code_challenge_method, OAuthCodeChallengeMethod):
            code_challenge_method = self.code_challenge_method.value
        else:
            code_challenge_method = self.code_challenge_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        code_verifier = d.pop("code_verifier", UNSET)

        def _parse_code_challenge_method(data: object) -> None | OAuthCodeChallengeMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_challenge_method_type_0 = OAuthCodeChallengeMethod._parse(data)

                return code_challenge_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | OAuthCodeChallengeMethod | Unset", data)

        code_challenge_method = _parse_code_challenge_method(d.pop("code_challenge_method", UNSET))

        exchange_auth_code_request = cls(
            code=code,
            code_verifier=code_verifier,
            code_challenge_method=code_challenge_method,
        )

        exchange_auth_code_request.additional_properties = d
        return exchange_auth_code_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
