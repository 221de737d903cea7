from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.auth_code_usage_limit_type import AuthCodeUsageLimitType
from ..models.o_auth_code_challenge_method import OAuthCodeChallengeMethod
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateAuthCodeRequest(_Model):
    """
    Attributes:
        callback_url (str): Where to redirect after authorization; https URLs, or localhost / 127.0.0.1 on any port.
        code_challenge (str | Unset): PKCE code challenge.
        code_challenge_method (OAuthCodeChallengeMethod | Unset): How the PKCE code challenge was derived from the
            verifier.
        key_label (str | Unset): Label of the key to be created; the app name when left out.
        limit (float | Unset): Credit limit (USD) of the key to be created.
        usage_limit_type (AuthCodeUsageLimitType | Unset): How often the created key's credit limit resets.
        expires_at (datetime.datetime | None | Unset): When the created key expires; UTC with seconds (`YYYY-MM-
            DDTHH:MM:SSZ`).
        workspace_id (str | Unset): UUID of the workspace the key is created in.
        spawn_agent (str | Unset): Agent identifier, for telemetry.
        spawn_cloud (str | Unset): Cloud identifier, for telemetry.
    """

    __slots__ = (
        "callback_url",
        "code_challenge",
        "code_challenge_method",
        "key_label",
        "limit",
        "usage_limit_type",
        "expires_at",
        "workspace_id",
        "spawn_agent",
        "spawn_cloud",
        "additional_properties",
    )

    callback_url: str
    code_challenge: str | Unset
    code_challenge_method: OAuthCodeChallengeMethod | Unset
    key_label: str | Unset
    limit: float | Unset
    usage_limit_type: AuthCodeUsageLimitType | Unset
    expires_at: datetime.datetime | None | Unset
    workspace_id: str | Unset
    spawn_agent: str | Unset
    spawn_cloud: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        callback_url: str,
        code_challenge: str | Unset = UNSET,
        code_challenge_method: OAuthCodeChallengeMethod | Unset = UNSET,
        key_label: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        usage_limit_type: AuthCodeUsageLimitType | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        spawn_agent: str | Unset = UNSET,
        spawn_cloud: str | Unset = UNSET,
    ) -> None:
        self.callback_url = callback_url
        self.code_challenge = code_challenge
        self.code_challenge_method = code_challenge_method
        self.key_label = key_label
        self.limit = limit
        self.usage_limit_type = usage_limit_type
        self.expires_at = expires_at
        self.workspace_id = workspace_id
        self.spawn_agent = spawn_agent
        self.spawn_cloud = spawn_cloud
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        code_challenge = self.code_challenge

        code_challenge_method: str | Unset = UNSET
        if not isinstance(self.code_challenge_method, Unset):
            code_challenge_method = self.code_challenge_method.value

        key_label = self.key_label

        limit = self.limit

        usage_limit_type: str | Unset = UNSET
        if not isinstance(self.usage_limit_type, Unset):
            usage_limit_type = self.usage_limit_type.value

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        workspace_id = self.workspace_id

        spawn_agent = self.spawn_agent

        spawn_cloud = self.spawn_cloud

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
            }
        )
        if code_challenge is not UNSET:
            field_dict["code_challenge"] = code_challenge
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method
        if key_label is not UNSET:
            field_dict["key_label"] = key_label
        if limit is not UNSET:
            field_dict["limit"] = limit
        if usage_limit_type is not UNSET:
            field_dict["usage_limit_type"] = usage_limit_type
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if spawn_agent is not UNSET:
            field_dict["spawn_agent"] = spawn_agent
        if spawn_cloud is not UNSET:
            field_dict["spawn_cloud"] = spawn_cloud

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        code_challenge = d.pop("code_challenge", UNSET)

        _code_challenge_method = d.pop("code_challenge_method", UNSET)
        code_challenge_method: OAuthCodeChallengeMethod | Unset
        if isinstance(_code_challenge_method, Unset):
            code_challenge_method = UNSET
        else:
            code_challenge_method = OAuthCodeChallengeMethod._parse(_code_challenge_method)

        key_label = d.pop("key_label", UNSET)

        limit = d.pop("limit", UNSET)

        _usage_limit_type = d.pop("usage_limit_type", UNSET)
        usage_limit_type: AuthCodeUsageLimitType | Unset
        if isinstance(_usage_limit_type, Unset):
            usage_limit_type = UNSET
        else:
            usage_limit_type = AuthCodeUsageLimitType._parse(_usage_limit_type)

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        workspace_id = d.pop("workspace_id", UNSET)

        spawn_agent = d.pop("spawn_agent", UNSET)

        spawn_cloud = d.pop("spawn_cloud", UNSET)

        create_auth_code_request = cls(
            callback_url=callback_url,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
            key_label=key_label,
            limit=limit,
            usage_limit_type=usage_limit_type,
            expires_at=expires_at,
            workspace_id=workspace_id,
            spawn_agent=spawn_agent,
            spawn_cloud=spawn_cloud,
        )

        create_auth_code_request.additional_properties = d
        return create_auth_code_request

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
