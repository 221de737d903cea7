from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import read_datetime


class ApiKey(_ReadModel):
    """An inference API key as seen by the management API (never the secret itself).

    Attributes:
        hash (str): Stable identifier of the key; used in `/keys/{hash}`.
        name (str): Name given to the key.
        label (str): Masked, human-readable form of the key.
        disabled (bool): Whether the key is disabled.
        limit (float | None): Spending limit in USD; null means unlimited.
        limit_remaining (float | None): USD left under the limit; null when there is no limit.
        limit_reset (None | str): How often the limit resets (`daily`, `weekly`, `monthly`); null means never.
        include_byok_in_limit (bool): Whether BYOK spend counts against the limit.
        usage (float): All-time OpenRouter credit spend in USD.
        usage_daily (float): Credit spend in USD for the current UTC day.
        usage_weekly (float): Credit spend in USD for the current UTC week (Monday to Sunday).
        usage_monthly (float): Credit spend in USD for the current UTC month.
        byok_usage (float): All-time BYOK spend in USD.
        byok_usage_daily (float): BYOK spend in USD for the current UTC day.
        byok_usage_weekly (float): BYOK spend in USD for the current UTC week.
        byok_usage_monthly (float): BYOK spend in USD for the current UTC month.
        created_at (str): When the key was created (ISO 8601).
        updated_at (None | str): When the key was last changed (ISO 8601).
        last_used_at (datetime.datetime | None): Most recent recorded use; null if none has been recorded.
        creator_user_id (None | str): The user who created the key.
        external_user (None | str): Partner end-user id attached to the key for attribution.
        workspace_id (str): Workspace the key belongs to.
        expires_at (datetime.datetime | None): When the key stops working; null if it never expires.
    """

    __slots__ = (
        "hash",
        "name",
        "label",
        "disabled",
        "limit",
        "limit_remaining",
        "limit_reset",
        "include_byok_in_limit",
        "usage",
        "usage_daily",
        "usage_weekly",
        "usage_monthly",
        "byok_usage",
        "byok_usage_daily",
        "byok_usage_weekly",
        "byok_usage_monthly",
        "created_at",
        "updated_at",
        "last_used_at",
        "creator_user_id",
        "external_user",
        "workspace_id",
        "expires_at",
        "additional_properties",
    )

    hash: str
    name: str
    label: str
    disabled: bool
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    include_byok_in_limit: bool
    usage: float
    usage_daily: float
    usage_weekly: float
    usage_monthly: float
    byok_usage: float
    byok_usage_daily: float
    byok_usage_weekly: float
    byok_usage_monthly: float
    created_at: str
    updated_at: None | str
    last_used_at: datetime.datetime | None
    creator_user_id: None | str
    external_user: None | str
    workspace_id: str
    expires_at: datetime.datetime | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        hash: str,
        name: str,
        label: str,
        disabled: bool,
        limit: float | None,
        limit_remaining: float | None,
        limit_reset: None | str,
        include_byok_in_limit: bool,
        usage: float,
        usage_daily: float,
        usage_weekly: float,
        usage_monthly: float,
        byok_usage: float,
        byok_usage_daily: float,
        byok_usage_weekly: float,
        byok_usage_monthly: float,
        created_at: str,
        updated_at: None | str,
        last_used_at: datetime.datetime | None,
        creator_user_id: None | str,
        external_user: None | str,
        workspace_id: str,
        expires_at: datetime.datetime | None = None,
    ) -> None:
        self.hash = hash
        self.name = name
        self.label = label
        self.disabled = disabled
        self.limit = limit
        self.limit_remaining = limit_remaining
        self.limit_reset = limit_reset
        self.include_byok_in_limit = include_byok_in_limit
        self.usage = usage
        self.usage_daily = usage_daily
        self.usage_weekly = usage_weekly
        self.usage_monthly = usage_monthly
        self.byok_usage = byok_usage
        self.byok_usage_daily = byok_usage_daily
        self.byok_usage_weekly = byok_usage_weekly
        self.byok_usage_monthly = byok_usage_monthly
        self.created_at = created_at
        self.updated_at = updated_at
        self.last_used_at = last_used_at
        self.creator_user_id = creator_user_id
        self.external_user = external_user
        self.workspace_id = workspace_id
        self.expires_at = expires_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("hash", "hash", True, "str"),
        ("name", "name", True, "str"),
        ("label", "label", True, "str"),
        ("disabled", "disabled", True, "bool"),
        ("limit", "limit", True, "float | None"),
        ("limit_remaining", "limit_remaining", True, "float | None"),
        ("limit_reset", "limit_reset", True, "None | str"),
        ("include_byok_in_limit", "include_byok_in_limit", True, "bool"),
        ("usage", "usage", True, "float"),
        ("usage_daily", "usage_daily", True, "float"),
        ("usage_weekly", "usage_weekly", True, "float"),
        ("usage_monthly", "usage_monthly", True, "float"),
        ("byok_usage", "byok_usage", True, "float"),
        ("byok_usage_daily", "byok_usage_daily", True, "float"),
        ("byok_usage_weekly", "byok_usage_weekly", True, "float"),
        ("byok_usage_monthly", "byok_usage_monthly", True, "float"),
        ("created_at", "created_at", True, "str"),
        ("updated_at", "updated_at", True, "None | str"),
        ("last_used_at", "last_used_at", True, "datetime.datetime | None"),
        ("creator_user_id", "creator_user_id", True, "None | str"),
        ("external_user", "external_user", True, "None | str"),
        ("workspace_id", "workspace_id", True, "str"),
        ("expires_at", "expires_at", False, "datetime.datetime | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        hash_ = d.pop("hash", None)
        name = d.pop("name", None)
        label = d.pop("label", None)
        disabled = d.pop("disabled", None)
        limit = d.pop("limit", None)
        limit_remaining = d.pop("limit_remaining", None)
        limit_reset = d.pop("limit_reset", None)
        include_byok_in_limit = d.pop("include_byok_in_limit", None)
        usage = d.pop("usage", None)
        usage_daily = d.pop("usage_daily", None)
        usage_weekly = d.pop("usage_weekly", None)
        usage_monthly = d.pop("usage_monthly", None)
        byok_usage = d.pop("byok_usage", None)
        byok_usage_daily = d.pop("byok_usage_daily", None)
        byok_usage_weekly = d.pop("byok_usage_weekly", None)
        byok_usage_monthly = d.pop("byok_usage_monthly", None)
        created_at = d.pop("created_at", None)
        updated_at = d.pop("updated_at", None)
        _last_used_at = d.pop("last_used_at", None)
        last_used_at: Any = _read_last_used_at(_last_used_at)
        creator_user_id = d.pop("creator_user_id", None)
        external_user = d.pop("external_user", None)
        workspace_id = d.pop("workspace_id", None)
        _expires_at = d.pop("expires_at", None)
        expires_at: Any = _read_expires_at(_expires_at)
        api_key = cls(
            hash=hash_,
            name=name,
            label=label,
            disabled=disabled,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
            usage=usage,
            usage_daily=usage_daily,
            usage_weekly=usage_weekly,
            usage_monthly=usage_monthly,
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_weekly=byok_usage_weekly,
            byok_usage_monthly=byok_usage_monthly,
            created_at=created_at,
            updated_at=updated_at,
            last_used_at=last_used_at,
            creator_user_id=creator_user_id,
            external_user=external_user,
            workspace_id=workspace_id,
            expires_at=expires_at,
        )
        api_key.additional_properties = d
        return api_key

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


def _read_last_used_at(data: Any) -> Any:
    if isinstance(data, str):
        return read_datetime(data)
    return data


def _read_expires_at(data: Any) -> Any:
    if isinstance(data, str):
        return read_datetime(data)
    return data
