from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.data_region_known import DataRegionKnown
from ..types import ReadModel as _ReadModel
from ..types import read_datetime


class CurrentKey(_ReadModel):
    """The calling key's limits and usage. Usage figures are in USD; days and weeks are UTC (weeks start Monday).

    Attributes:
        label (str): Masked display form of the key.
        usage (float):
        limit (float | None): Spending limit in USD; null means unlimited.
        limit_remaining (float | None):
        limit_reset (None | str): How often the limit resets (`daily`, `weekly`, `monthly`); null means never.
        include_byok_in_limit (bool | None): Whether spending on your own provider keys counts toward the limit.
        usage_daily (float | None):
        usage_weekly (float | None):
        usage_monthly (float | None):
        byok_usage (float | None):
        byok_usage_daily (float | None):
        byok_usage_weekly (float | None):
        byok_usage_monthly (float | None):
        is_free_tier (bool | None): Whether the account has never bought credits.
        is_management_key (bool | None):
        is_provisioning_key (bool | None): Older name of `is_management_key`.
        creator_user_id (None | str):
        organization_id (None | str):
        workspace_id (None | str):
        expires_at (datetime.datetime | None):
        allowed_data_regions (list[DataRegionKnown | str] | None): Data regions this key may route to.
        budgets (list[CurrentKeyBudget] | None): Every budget that applies to this key, in the order they are checked.
        effective_budget (CurrentKeyBudget | None): The budget that would block requests first.
        free_model_daily_requests (CurrentKeyFreeModelRequests | None): Today's (UTC) request quota for `:free` model
            variants.
        rate_limit (CurrentKeyRateLimit | None): Legacy rate-limit report; no longer meaningful.
    """

    __slots__ = (
        "label",
        "usage",
        "limit",
        "limit_remaining",
        "limit_reset",
        "include_byok_in_limit",
        "usage_daily",
        "usage_weekly",
        "usage_monthly",
        "byok_usage",
        "byok_usage_daily",
        "byok_usage_weekly",
        "byok_usage_monthly",
        "is_free_tier",
        "is_management_key",
        "is_provisioning_key",
        "creator_user_id",
        "organization_id",
        "workspace_id",
        "expires_at",
        "allowed_data_regions",
        "budgets",
        "effective_budget",
        "free_model_daily_requests",
        "rate_limit",
        "additional_properties",
    )

    label: str
    usage: float
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    include_byok_in_limit: bool | None
    usage_daily: float | None
    usage_weekly: float | None
    usage_monthly: float | None
    byok_usage: float | None
    byok_usage_daily: float | None
    byok_usage_weekly: float | None
    byok_usage_monthly: float | None
    is_free_tier: bool | None
    is_management_key: bool | None
    is_provisioning_key: bool | None
    creator_user_id: None | str
    organization_id: None | str
    workspace_id: None | str
    expires_at: datetime.datetime | None
    allowed_data_regions: list[DataRegionKnown | str] | None
    budgets: list[CurrentKeyBudget] | None
    effective_budget: CurrentKeyBudget | None
    free_model_daily_requests: CurrentKeyFreeModelRequests | None
    rate_limit: CurrentKeyRateLimit | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        label: str,
        usage: float,
        limit: float | None = None,
        limit_remaining: float | None = None,
        limit_reset: None | str = None,
        include_byok_in_limit: bool | None = None,
        usage_daily: float | None = None,
        usage_weekly: float | None = None,
        usage_monthly: float | None = None,
        byok_usage: float | None = None,
        byok_usage_daily: float | None = None,
        byok_usage_weekly: float | None = None,
        byok_usage_monthly: float | None = None,
        is_free_tier: bool | None = None,
        is_management_key: bool | None = None,
        is_provisioning_key: bool | None = None,
        creator_user_id: None | str = None,
        organization_id: None | str = None,
        workspace_id: None | str = None,
        expires_at: datetime.datetime | None = None,
        allowed_data_regions: list[DataRegionKnown | str] | None = None,
        budgets: list[CurrentKeyBudget] | None = None,
        effective_budget: CurrentKeyBudget | None = None,
        free_model_daily_requests: CurrentKeyFreeModelRequests | None = None,
        rate_limit: CurrentKeyRateLimit | None = None,
    ) -> None:
        self.label = label
        self.usage = usage
        self.limit = limit
        self.limit_remaining = limit_remaining
        self.limit_reset = limit_reset
        self.include_byok_in_limit = include_byok_in_limit
        self.usage_daily = usage_daily
        self.usage_weekly = usage_weekly
        self.usage_monthly = usage_monthly
        self.byok_usage = byok_usage
        self.byok_usage_daily = byok_usage_daily
        self.byok_usage_weekly = byok_usage_weekly
        self.byok_usage_monthly = byok_usage_monthly
        self.is_free_tier = is_free_tier
        self.is_management_key = is_management_key
        self.is_provisioning_key = is_provisioning_key
        self.creator_user_id = creator_user_id
        self.organization_id = organization_id
        self.workspace_id = workspace_id
        self.expires_at = expires_at
        self.allowed_data_regions = allowed_data_regions
        self.budgets = budgets
        self.effective_budget = effective_budget
        self.free_model_daily_requests = free_model_daily_requests
        self.rate_limit = rate_limit
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("label", "label", True, "str"),
        ("usage", "usage", True, "float"),
        ("limit", "limit", False, "float | None"),
        ("limit_remaining", "limit_remaining", False, "float | None"),
        ("limit_reset", "limit_reset", False, "None | str"),
        ("include_byok_in_limit", "include_byok_in_limit", False, "bool"),
        ("usage_daily", "usage_daily", False, "float"),
        ("usage_weekly", "usage_weekly", False, "float"),
        ("usage_monthly", "usage_monthly", False, "float"),
        ("byok_usage", "byok_usage", False, "float"),
        ("byok_usage_daily", "byok_usage_daily", False, "float"),
        ("byok_usage_weekly", "byok_usage_weekly", False, "float"),
        ("byok_usage_monthly", "byok_usage_monthly", False, "float"),
        ("is_free_tier", "is_free_tier", False, "bool"),
        ("is_management_key", "is_management_key", False, "bool"),
        ("is_provisioning_key", "is_provisioning_key", False, "bool"),
        ("creator_user_id", "creator_user_id", False, "None | str"),
        ("organization_id", "organization_id", False, "None | str"),
        ("workspace_id", "workspace_id", False, "None | str"),
        ("expires_at", "expires_at", False, "datetime.datetime | None"),
        ("allowed_data_regions", "allowed_data_regions", False, "list[DataRegionKnown | str]"),
        ("budgets", "budgets", False, "list[CurrentKeyBudget]"),
        ("effective_budget", "effective_budget", False, "CurrentKeyBudget | None"),
        (
            "free_model_daily_requests",
            "free_model_daily_requests",
            False,
            "CurrentKeyFreeModelRequests",
        ),
        ("rate_limit", "rate_limit", False, "CurrentKeyRateLimit"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        label = d.pop("label", None)
        usage = d.pop("usage", None)
        limit = d.pop("limit", None)
        limit_remaining = d.pop("limit_remaining", None)
        limit_reset = d.pop("limit_reset", None)
        include_byok_in_limit = d.pop("include_byok_in_limit", None)
        usage_daily = d.pop("usage_daily", None)
        usage_weekly = d.pop("usage_weekly", None)
        usage_monthly = d.pop("usage_monthly", None)
        byok_usage = d.pop("byok_usage", None)
        byok_usage_daily = d.pop("byok_usage_daily", None)
        byok_usage_weekly = d.pop("byok_usage_weekly", None)
        byok_usage_monthly = d.pop("byok_usage_monthly", None)
        is_free_tier = d.pop("is_free_tier", None)
        is_management_key = d.pop("is_management_key", None)
        is_provisioning_key = d.pop("is_provisioning_key", None)
        creator_user_id = d.pop("creator_user_id", None)
        organization_id = d.pop("organization_id", None)
        workspace_id = d.pop("workspace_id", None)
        _expires_at = d.pop("expires_at", None)
        expires_at: Any = _read_expires_at(_expires_at)
        _allowed_data_regions = d.pop("allowed_data_regions", None)
        allowed_data_regions: Any = (
            [_read_allowed_data_regions_item(i0) for i0 in _allowed_data_regions]
            if isinstance(_allowed_data_regions, list)
            else _allowed_data_regions
        )
        _budgets = d.pop("budgets", None)
        budgets: Any = (
            [CurrentKeyBudget.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _budgets]
            if isinstance(_budgets, list)
            else _budgets
        )
        _effective_budget = d.pop("effective_budget", None)
        effective_budget: Any = _read_effective_budget(_effective_budget)
        _free_model_daily_requests = d.pop("free_model_daily_requests", None)
        free_model_daily_requests: Any = (
            CurrentKeyFreeModelRequests.from_dict(_free_model_daily_requests)
            if isinstance(_free_model_daily_requests, dict)
            else _free_model_daily_requests
        )
        _rate_limit = d.pop("rate_limit", None)
        rate_limit: Any = (
            CurrentKeyRateLimit.from_dict(_rate_limit)
            if isinstance(_rate_limit, dict)
            else _rate_limit
        )
        current_key = cls(
            label=label,
            usage=usage,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
            usage_daily=usage_daily,
            usage_weekly=usage_weekly,
            usage_monthly=usage_monthly,
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_weekly=byok_usage_weekly,
            byok_usage_monthly=byok_usage_monthly,
            is_free_tier=is_free_tier,
            is_management_key=is_management_key,
            is_provisioning_key=is_provisioning_key,
            creator_user_id=creator_user_id,
            organization_id=organization_id,
            workspace_id=workspace_id,
            expires_at=expires_at,
            allowed_data_regions=allowed_data_regions,
            budgets=budgets,
            effective_budget=effective_budget,
            free_model_daily_requests=free_model_daily_requests,
            rate_limit=rate_limit,
        )
        current_key.additional_properties = d
        return current_key

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


def _read_expires_at(data: Any) -> Any:
    if isinstance(data, str):
        return read_datetime(data)
    return data


def _read_allowed_data_regions_item(data: Any) -> Any:
    if isinstance(data, str):
        if data in DataRegionKnown._value2member_map_:
            return DataRegionKnown._value2member_map_[data]
    return data


def _read_effective_budget(data: Any) -> Any:
    if isinstance(data, dict):
        return CurrentKeyBudget.from_dict(data)
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.current_key_budget import CurrentKeyBudget  # noqa: E402
from ..models.current_key_free_model_requests import CurrentKeyFreeModelRequests  # noqa: E402
from ..models.current_key_rate_limit import CurrentKeyRateLimit  # noqa: E402
