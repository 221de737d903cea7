from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An inference API key as seen by the management API (never the secret itself).

    Attributes:
        hash_ (str): Stable identifier of the key; used in `/keys/{hash}`.
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
        expires_at (datetime.datetime | None | Unset): When the key stops working; null if it never expires.
    """

    hash_: str
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
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_ = self.hash_

        name = self.name

        label = self.label

        disabled = self.disabled

        limit: float | None
        limit = self.limit

        limit_remaining: float | None
        limit_remaining = self.limit_remaining

        limit_reset: None | str
        limit_reset = self.limit_reset

        include_byok_in_limit = self.include_byok_in_limit

        usage = self.usage

        usage_daily = self.usage_daily

        usage_weekly = self.usage_weekly

        usage_monthly = self.usage_monthly

        byok_usage = self.byok_usage

        byok_usage_daily = self.byok_usage_daily

        byok_usage_weekly = self.byok_usage_weekly

        byok_usage_monthly = self.byok_usage_monthly

        created_at = self.created_at

        updated_at: None | str
        updated_at = self.updated_at

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        creator_user_id: None | str
        creator_user_id = self.creator_user_id

        external_user: None | str
        external_user = self.external_user

        workspace_id = self.workspace_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hash": hash_,
                "name": name,
                "label": label,
                "disabled": disabled,
                "limit": limit,
                "limit_remaining": limit_remaining,
                "limit_reset": limit_reset,
                "include_byok_in_limit": include_byok_in_limit,
                "usage": usage,
                "usage_daily": usage_daily,
                "usage_weekly": usage_weekly,
                "usage_monthly": usage_monthly,
                "byok_usage": byok_usage,
                "byok_usage_daily": byok_usage_daily,
                "byok_usage_weekly": byok_usage_weekly,
                "byok_usage_monthly": byok_usage_monthly,
                "created_at": created_at,
                "updated_at": updated_at,
                "last_used_at": last_used_at,
                "creator_user_id": creator_user_id,
                "external_user": external_user,
                "workspace_id": workspace_id,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hash_ = d.pop("hash")

        name = d.pop("name")

        label = d.pop("label")

        disabled = d.pop("disabled")

        limit = cast("float | None", d.pop("limit"))

        limit_remaining = cast("float | None", d.pop("limit_remaining"))

        limit_reset = cast("None | str", d.pop("limit_reset"))

        include_byok_in_limit = d.pop("include_byok_in_limit")

        usage = d.pop("usage")

        usage_daily = d.pop("usage_daily")

        usage_weekly = d.pop("usage_weekly")

        usage_monthly = d.pop("usage_monthly")

        byok_usage = d.pop("byok_usage")

        byok_usage_daily = d.pop("byok_usage_daily")

        byok_usage_weekly = d.pop("byok_usage_weekly")

        byok_usage_monthly = d.pop("byok_usage_monthly")

        created_at = d.pop("created_at")

        updated_at = cast("None | str", d.pop("updated_at"))

        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))

        creator_user_id = cast("None | str", d.pop("creator_user_id"))

        external_user = cast("None | str", d.pop("external_user"))

        workspace_id = d.pop("workspace_id")

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

        api_key = cls(
            hash_=hash_,
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
