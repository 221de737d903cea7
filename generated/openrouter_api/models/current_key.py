from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.data_region_known import DataRegionKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_datetime, read_enum_list


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.label = _json_get_("label")
        _new_model_.usage = _json_get_("usage")
        _new_model_.limit = _json_get_("limit")
        _new_model_.limit_remaining = _json_get_("limit_remaining")
        _new_model_.limit_reset = _json_get_("limit_reset")
        _new_model_.include_byok_in_limit = _json_get_("include_byok_in_limit")
        _new_model_.usage_daily = _json_get_("usage_daily")
        _new_model_.usage_weekly = _json_get_("usage_weekly")
        _new_model_.usage_monthly = _json_get_("usage_monthly")
        _new_model_.byok_usage = _json_get_("byok_usage")
        _new_model_.byok_usage_daily = _json_get_("byok_usage_daily")
        _new_model_.byok_usage_weekly = _json_get_("byok_usage_weekly")
        _new_model_.byok_usage_monthly = _json_get_("byok_usage_monthly")
        _new_model_.is_free_tier = _json_get_("is_free_tier")
        _new_model_.is_management_key = _json_get_("is_management_key")
        _new_model_.is_provisioning_key = _json_get_("is_provisioning_key")
        _new_model_.creator_user_id = _json_get_("creator_user_id")
        _new_model_.organization_id = _json_get_("organization_id")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _expires_at = _json_get_("expires_at")
        expires_at: Any = _read_expires_at(_expires_at)
        _new_model_.expires_at = expires_at
        _allowed_data_regions = _json_get_("allowed_data_regions")
        allowed_data_regions: Any = read_enum_list(
            DataRegionKnown._value2member_map_, _allowed_data_regions
        )
        _new_model_.allowed_data_regions = allowed_data_regions
        _budgets = _json_get_("budgets")
        if isinstance(_budgets, list):
            budgets: Any = []
            for _list_item_ in _budgets:
                budgets.append(
                    CurrentKeyBudget.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            budgets = _budgets
        _new_model_.budgets = budgets
        _effective_budget = _json_get_("effective_budget")
        effective_budget: Any = (
            CurrentKeyBudget.from_dict(_effective_budget)
            if isinstance(_effective_budget, dict)
            else _effective_budget
        )
        _new_model_.effective_budget = effective_budget
        _free_model_daily_requests = _json_get_("free_model_daily_requests")
        free_model_daily_requests: Any = (
            CurrentKeyFreeModelRequests.from_dict(_free_model_daily_requests)
            if isinstance(_free_model_daily_requests, dict)
            else _free_model_daily_requests
        )
        _new_model_.free_model_daily_requests = free_model_daily_requests
        _rate_limit = _json_get_("rate_limit")
        rate_limit: Any = (
            CurrentKeyRateLimit.from_dict(_rate_limit)
            if isinstance(_rate_limit, dict)
            else _rate_limit
        )
        _new_model_.rate_limit = rate_limit
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
    )
)


def _read_expires_at(data: Any) -> Any:
    if isinstance(data, str):
        return read_datetime(data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.current_key_budget import CurrentKeyBudget  # noqa: E402
    from ..models.current_key_free_model_requests import CurrentKeyFreeModelRequests  # noqa: E402
    from ..models.current_key_rate_limit import CurrentKeyRateLimit  # noqa: E402
else:
    CurrentKeyBudget = _Deferred_(globals(), "..models.current_key_budget", "CurrentKeyBudget")
    CurrentKeyFreeModelRequests = _Deferred_(
        globals(), "..models.current_key_free_model_requests", "CurrentKeyFreeModelRequests"
    )
    CurrentKeyRateLimit = _Deferred_(
        globals(), "..models.current_key_rate_limit", "CurrentKeyRateLimit"
    )
