from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.hash = _json_get_("hash")
        _new_model_.name = _json_get_("name")
        _new_model_.label = _json_get_("label")
        _new_model_.disabled = _json_get_("disabled")
        _new_model_.limit = _json_get_("limit")
        _new_model_.limit_remaining = _json_get_("limit_remaining")
        _new_model_.limit_reset = _json_get_("limit_reset")
        _new_model_.include_byok_in_limit = _json_get_("include_byok_in_limit")
        _new_model_.usage = _json_get_("usage")
        _new_model_.usage_daily = _json_get_("usage_daily")
        _new_model_.usage_weekly = _json_get_("usage_weekly")
        _new_model_.usage_monthly = _json_get_("usage_monthly")
        _new_model_.byok_usage = _json_get_("byok_usage")
        _new_model_.byok_usage_daily = _json_get_("byok_usage_daily")
        _new_model_.byok_usage_weekly = _json_get_("byok_usage_weekly")
        _new_model_.byok_usage_monthly = _json_get_("byok_usage_monthly")
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.updated_at = _json_get_("updated_at")
        _last_used_at = _json_get_("last_used_at")
        last_used_at: Any = _read_last_used_at(_last_used_at)
        _new_model_.last_used_at = last_used_at
        _new_model_.creator_user_id = _json_get_("creator_user_id")
        _new_model_.external_user = _json_get_("external_user")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _expires_at = _json_get_("expires_at")
        expires_at: Any = _read_expires_at(_expires_at)
        _new_model_.expires_at = expires_at
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
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
    )
)


def _read_last_used_at(data: Any) -> Any:
    if isinstance(data, str):
        return read_datetime(data)
    return data


def _read_expires_at(data: Any) -> Any:
    if isinstance(data, str):
        return read_datetime(data)
    return data
