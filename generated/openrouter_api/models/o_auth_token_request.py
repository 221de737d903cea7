from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.o_auth_grant_type import OAuthGrantType
from ..models.o_auth_requested_token_type import OAuthRequestedTokenType
from ..models.o_auth_subject_token_type import OAuthSubjectTokenType
from ..models.o_auth_token_scope import OAuthTokenScope
from ..types import UNSET, Unset
from ..types import Model as _Model


class OAuthTokenRequest(_Model):
    """Form fields of a token-exchange request (RFC 8693).

    Attributes:
        grant_type (OAuthGrantType):
        subject_token (str): The signed JWT your identity provider issued to the workload.
        subject_token_type (OAuthSubjectTokenType):
        federation_policy_id (str): Id of the federation policy to apply, as shown under the dashboard's workload
            identity settings; the policy determines the organization.
        requested_token_type (OAuthRequestedTokenType | Unset):
        scope (OAuthTokenScope | Unset): `management` when the policy targets a management key, `inference` otherwise.
    """

    __slots__ = (
        "grant_type",
        "subject_token",
        "subject_token_type",
        "federation_policy_id",
        "requested_token_type",
        "scope",
        "additional_properties",
    )

    grant_type: OAuthGrantType
    subject_token: str
    subject_token_type: OAuthSubjectTokenType
    federation_policy_id: str
    requested_token_type: OAuthRequestedTokenType | Unset
    scope: OAuthTokenScope | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        grant_type: OAuthGrantType,
        subject_token: str,
        subject_token_type: OAuthSubjectTokenType,
        federation_policy_id: str,
        requested_token_type: OAuthRequestedTokenType | Unset = UNSET,
        scope: OAuthTokenScope | Unset = UNSET,
    ) -> None:
        self.grant_type = grant_type
        self.subject_token = subject_token
        self.subject_token_type = subject_token_type
        self.federation_policy_id = federation_policy_id
        self.requested_token_type = requested_token_type
        self.scope = scope
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        subject_token = self.subject_token

        subject_token_type = self.subject_token_type.value

        federation_policy_id = self.federation_policy_id

        requested_token_type: str | Unset = UNSET
        if not isinstance(self.requested_token_type, Unset):
            requested_token_type = self.requested_token_type.value

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "subject_token": subject_token,
                "subject_token_type": subject_token_type,
                "federation_policy_id": federation_policy_id,
            }
        )
        if requested_token_type is not UNSET:
            field_dict["requested_token_type"] = requested_token_type
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grant_type = OAuthGrantType._parse(d.pop("grant_type"))

        subject_token = d.pop("subject_token")

        subject_token_type = OAuthSubjectTokenType._parse(d.pop("subject_token_type"))

        federation_policy_id = d.pop("federation_policy_id")

        _requested_token_type = d.pop("requested_token_type", UNSET)
        requested_token_type: OAuthRequestedTokenType | Unset
        if isinstance(_requested_token_type, Unset):
            requested_token_type = UNSET
        else:
            requested_token_type = OAuthRequestedTokenType._parse(_requested_token_type)

        _scope = d.pop("scope", UNSET)
        scope: OAuthTokenScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = OAuthTokenScope._parse(_scope)

        o_auth_token_request = cls(
            grant_type=grant_type,
            subject_token=subject_token,
            subject_token_type=subject_token_type,
            federation_policy_id=federation_policy_id,
            requested_token_type=requested_token_type,
            scope=scope,
        )

        o_auth_token_request.additional_properties = d
        return o_auth_token_request

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
