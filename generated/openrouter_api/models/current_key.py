from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_region_known import DataRegionKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentKey")


@_attrs_define
class CurrentKey:
    """The calling key's limits and usage. Usage figures are in USD; days and weeks are UTC (weeks start Monday).

    Attributes:
        label (str): Masked display form of the key.
        usage (float):
        limit (float | None | Unset): Spending limit in USD; null means unlimited.
        limit_remaining (float | None | Unset):
        limit_reset (None | str | Unset): How often the limit resets (`daily`, `weekly`, `monthly`); null means never.
        include_byok_in_limit (bool | Unset): Whether spending on your own provider keys counts toward the limit.
        usage_daily (float | Unset):
        usage_weekly (float | Unset):
        usage_monthly (float | Unset):
        byok_usage (float | Unset):
        byok_usage_daily (float | Unset):
        byok_usage_weekly (float | Unset):
        byok_usage_monthly (float | Unset):
        is_free_tier (bool | Unset): Whether the account has never bought credits.
        is_management_key (bool | Unset):
        is_provisioning_key (bool | Unset): Older name of `is_management_key`.
        creator_user_id (None | str | Unset):
        organization_id (None | str | Unset):
        workspace_id (None | str | Unset):
        expires_at (datetime.datetime | None | Unset):
        allowed_data_regions (list[DataRegionKnown | str] | Unset): Data regions this key may route to.
        budgets (list[CurrentKeyBudget] | Unset): Every budget that applies to this key, in the order they are checked.
        effective_budget (CurrentKeyBudget | None | Unset): The budget that would block requests first.
        free_model_daily_requests (CurrentKeyFreeModelRequests | Unset): Today's (UTC) request quota for `:free` model
            variants.
        rate_limit (CurrentKeyRateLimit | Unset): Legacy rate-limit report; no longer meaningful.
    """

    label: str
    usage: float
    limit: float | None | Unset = UNSET
    limit_remaining: float | None | Unset = UNSET
    limit_reset: None | str | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    usage_daily: float | Unset = UNSET
    usage_weekly: float | Unset = UNSET
    usage_monthly: float | Unset = UNSET
    byok_usage: float | Unset = UNSET
    byok_usage_daily: float | Unset = UNSET
    byok_usage_weekly: float | Unset = UNSET
    byok_usage_monthly: float | Unset = UNSET
    is_free_tier: bool | Unset = UNSET
    is_management_key: bool | Unset = UNSET
    is_provisioning_key: bool | Unset = UNSET
    creator_user_id: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    allowed_data_regions: list[DataRegionKnown | str] | Unset = UNSET
    budgets: list[CurrentKeyBudget] | Unset = UNSET
    effective_budget: CurrentKeyBudget | None | Unset = UNSET
    free_model_daily_requests: CurrentKeyFreeModelRequests | Unset = UNSET
    rate_limit: CurrentKeyRateLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        usage = self.usage

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        limit_remaining: float | None | Unset
        if isinstance(self.limit_remaining, Unset):
            limit_remaining = UNSET
        else:
            limit_remaining = self.limit_remaining

        limit_reset: None | str | Unset
        if isinstance(self.limit_reset, Unset):
            limit_reset = UNSET
        else:
            limit_reset = self.limit_reset

        include_byok_in_limit = self.include_byok_in_limit

        usage_daily = self.usage_daily

        usage_weekly = self.usage_weekly

        usage_monthly = self.usage_monthly

        byok_usage = self.byok_usage

        byok_usage_daily = self.byok_usage_daily

        byok_usage_weekly = self.byok_usage_weekly

        byok_usage_monthly = self.byok_usage_monthly

        is_free_tier = self.is_free_tier

        is_management_key = self.is_management_key

        is_provisioning_key = self.is_provisioning_key

        creator_user_id: None | str | Unset
        if isinstance(self.creator_user_id, Unset):
            creator_user_id = UNSET
        else:
            creator_user_id = self.creator_user_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        allowed_data_regions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_data_regions, Unset):
            allowed_data_regions = []
            for allowed_data_regions_item_data in self.allowed_data_regions:
                allowed_data_regions_item: str
                if isinstance(allowed_data_regions_item_data, DataRegionKnown):
                    allowed_data_regions_item = allowed_data_regions_item_data.value
                else:
                    allowed_data_regions_item = allowed_data_regions_item_data
                allowed_data_regions.append(allowed_data_regions_item)

        budgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.budgets, Unset):
            budgets = []
            for budgets_item_data in self.budgets:
                budgets_item = budgets_item_data.to_dict()
                budgets.append(budgets_item)

        effective_budget: dict[str, Any] | None | Unset
        if isinstance(self.effective_budget, Unset):
            effective_budget = UNSET
        elif isinstance(self.effective_budget, CurrentKeyBudget):
            effective_budget = self.effective_budget.to_dict()
        else:
            effective_budget = self.effective_budget

        free_model_daily_requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_model_daily_requests, Unset):
            free_model_daily_requests = self.free_model_daily_requests.to_dict()

        rate_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limit, Unset):
            rate_limit = self.rate_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "usage": usage,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_remaining is not UNSET:
            field_dict["limit_remaining"] = limit_remaining
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if usage_daily is not UNSET:
            field_dict["usage_daily"] = usage_daily
        if usage_weekly is not UNSET:
            field_dict["usage_weekly"] = usage_weekly
        if usage_monthly is not UNSET:
            field_dict["usage_monthly"] = usage_monthly
        if byok_usage is not UNSET:
            field_dict["byok_usage"] = byok_usage
        if byok_usage_daily is not UNSET:
            field_dict["byok_usage_daily"] = byok_usage_daily
        if byok_usage_weekly is not UNSET:
            field_dict["byok_usage_weekly"] = byok_usage_weekly
        if byok_usage_monthly is not UNSET:
            field_dict["byok_usage_monthly"] = byok_usage_monthly
        if is_free_tier is not UNSET:
            field_dict["is_free_tier"] = is_free_tier
        if is_management_key is not UNSET:
            field_dict["is_management_key"] = is_management_key
        if is_provisioning_key is not UNSET:
            field_dict["is_provisioning_key"] = is_provisioning_key
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if allowed_data_regions is not UNSET:
            field_dict["allowed_data_regions"] = allowed_data_regions
        if budgets is not UNSET:
            field_dict["budgets"] = budgets
        if effective_budget is not UNSET:
            field_dict["effective_budget"] = effective_budget
        if free_model_daily_requests is not UNSET:
            field_dict["free_model_daily_requests"] = free_model_daily_requests
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        usage = d.pop("usage")

        limit = cast("float | None | Unset", d.pop("limit", UNSET))

        limit_remaining = cast("float | None | Unset", d.pop("limit_remaining", UNSET))

        limit_reset = cast("None | str | Unset", d.pop("limit_reset", UNSET))

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        usage_daily = d.pop("usage_daily", UNSET)

        usage_weekly = d.pop("usage_weekly", UNSET)

        usage_monthly = d.pop("usage_monthly", UNSET)

        byok_usage = d.pop("byok_usage", UNSET)

        byok_usage_daily = d.pop("byok_usage_daily", UNSET)

        byok_usage_weekly = d.pop("byok_usage_weekly", UNSET)

        byok_usage_monthly = d.pop("byok_usage_monthly", UNSET)

        is_free_tier = d.pop("is_free_tier", UNSET)

        is_management_key = d.pop("is_management_key", UNSET)

        is_provisioning_key = d.pop("is_provisioning_key", UNSET)

        creator_user_id = cast("None | str | Unset", d.pop("creator_user_id", UNSET))

        organization_id = cast("None | str | Unset", d.pop("organization_id", UNSET))

        workspace_id = cast("None | str | Unset", d.pop("workspace_id", UNSET))

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

        def _parse_allowed_data_regions_item(data: object) -> DataRegionKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allowed_data_regions_item_type_0 = DataRegionKnown._parse(data)

                return allowed_data_regions_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("DataRegionKnown | str", data)

        _allowed_data_regions = d.pop("allowed_data_regions", UNSET)
        allowed_data_regions: list[DataRegionKnown | str] | Unset = UNSET
        if _allowed_data_regions is not UNSET:
            allowed_data_regions = []
            for allowed_data_regions_item_data in _allowed_data_regions:
                allowed_data_regions_item = _parse_allowed_data_regions_item(
                    allowed_data_regions_item_data
                )
                allowed_data_regions.append(allowed_data_regions_item)

        _budgets = d.pop("budgets", UNSET)
        budgets: list[CurrentKeyBudget] | Unset = UNSET
        if _budgets is not UNSET:
            budgets = []
            for budgets_item_data in _budgets:
                budgets_item = CurrentKeyBudget.from_dict(budgets_item_data)

                budgets.append(budgets_item)

        def _parse_effective_budget(data: object) -> CurrentKeyBudget | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                effective_budget_type_0 = CurrentKeyBudget.from_dict(data)

                return effective_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CurrentKeyBudget | None | Unset", data)

        effective_budget = _parse_effective_budget(d.pop("effective_budget", UNSET))

        _free_model_daily_requests = d.pop("free_model_daily_requests", UNSET)
        free_model_daily_requests: CurrentKeyFreeModelRequests | Unset
        if isinstance(_free_model_daily_requests, Unset):
            free_model_daily_requests = UNSET
        else:
            free_model_daily_requests = CurrentKeyFreeModelRequests.from_dict(
                _free_model_daily_requests
            )

        _rate_limit = d.pop("rate_limit", UNSET)
        rate_limit: CurrentKeyRateLimit | Unset
        if isinstance(_rate_limit, Unset):
            rate_limit = UNSET
        else:
            rate_limit = CurrentKeyRateLimit.from_dict(_rate_limit)

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.current_key_budget import CurrentKeyBudget  # noqa: E402
from ..models.current_key_free_model_requests import CurrentKeyFreeModelRequests  # noqa: E402
from ..models.current_key_rate_limit import CurrentKeyRateLimit  # noqa: E402
