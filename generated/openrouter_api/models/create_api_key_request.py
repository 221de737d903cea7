from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.api_key_limit_reset import ApiKeyLimitReset
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateApiKeyRequest(_Model):
    """Settings for a new API key.

    Attributes:
        name (str): Name for the key.
        limit (float | None | Unset): Spending limit in USD; omit or null for no limit.
        limit_reset (ApiKeyLimitReset | None | Unset): How often the limit resets; null for never.
        include_byok_in_limit (bool | Unset): Count BYOK spend against the limit.
        expires_at (datetime.datetime | None | Unset): Expiry in UTC with at least second precision (e.g.
            `2026-01-31T23:59:59Z`).
        creator_user_id (None | str | Unset): For organization keys: the member creating the key.
        workspace_id (str | Unset): Workspace for the key; the default workspace when omitted.
        external (ApiKeyExternalIdentity | Unset): A partner-side identity to attach to a new key.
    """

    __slots__ = (
        "name",
        "limit",
        "limit_reset",
        "include_byok_in_limit",
        "expires_at",
        "creator_user_id",
        "workspace_id",
        "external",
        "additional_properties",
    )

    name: str
    limit: float | None | Unset
    limit_reset: ApiKeyLimitReset | None | Unset
    include_byok_in_limit: bool | Unset
    expires_at: datetime.datetime | None | Unset
    creator_user_id: None | str | Unset
    workspace_id: str | Unset
    external: ApiKeyExternalIdentity | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        limit: float | None | Unset = UNSET,
        limit_reset: ApiKeyLimitReset | None | Unset = UNSET,
        include_byok_in_limit: bool | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        creator_user_id: None | str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        external: ApiKeyExternalIdentity | Unset = UNSET,
    ) -> None:
        self.name = name
        self.limit = limit
        self.limit_reset = limit_reset
        self.include_byok_in_limit = include_byok_in_limit
        self.expires_at = expires_at
        self.creator_user_id = creator_user_id
        self.workspace_id = workspace_id
        self.external = external
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        limit_reset: None | str | Unset
        if isinstance(self.limit_reset, Unset):
            limit_reset = UNSET
        elif isinstance(self.limit_reset, ApiKeyLimitReset):
            limit_reset = self.limit_reset.value
        else:
            limit_reset = self.limit_reset

        include_byok_in_limit = self.include_byok_in_limit

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        creator_user_id: None | str | Unset
        if isinstance(self.creator_user_id, Unset):
            creator_user_id = UNSET
        else:
            creator_user_id = self.creator_user_id

        workspace_id = self.workspace_id

        external: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external, Unset):
            external = self.external.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if external is not UNSET:
            field_dict["external"] = external

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        limit = cast("float | None | Unset", d.pop("limit", UNSET))

        def _parse_limit_reset(data: object) -> ApiKeyLimitReset | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limit_reset_type_0 = ApiKeyLimitReset._parse(data)

                return limit_reset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ApiKeyLimitReset | None | Unset", data)

        limit_reset = _parse_limit_reset(d.pop("limit_reset", UNSET))

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

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

        creator_user_id = cast("None | str | Unset", d.pop("creator_user_id", UNSET))

        workspace_id = d.pop("workspace_id", UNSET)

        _external = d.pop("external", UNSET)
        external: ApiKeyExternalIdentity | Unset
        if isinstance(_external, Unset):
            external = UNSET
        else:
            external = ApiKeyExternalIdentity.from_dict(_external)

        create_api_key_request = cls(
            name=name,
            limit=limit,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
            expires_at=expires_at,
            creator_user_id=creator_user_id,
            workspace_id=workspace_id,
            external=external,
        )

        create_api_key_request.additional_properties = d
        return create_api_key_request

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.api_key_external_identity import ApiKeyExternalIdentity  # noqa: E402
