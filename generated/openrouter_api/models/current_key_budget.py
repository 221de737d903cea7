from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentKeyBudget")


@_attrs_define
class CurrentKeyBudget:
    """One spending budget that applies to the key.

    Attributes:
        scope (str | Unset): Budget layer, for example `workspace`, `api_key`, `member` or `key_limit`.
        limit_usd (float | Unset):
        spend_usd (float | Unset):
        remaining_usd (float | Unset): Zero or less means requests are refused until the window resets.
        reset_interval (None | str | Unset): `daily`, `weekly` or `monthly`; null for a lifetime budget.
        resets_at (datetime.datetime | None | Unset):
        include_byok (bool | Unset):
        budget_id (None | str | Unset):
        guardrail_id (None | str | Unset):
    """

    scope: str | Unset = UNSET
    limit_usd: float | Unset = UNSET
    spend_usd: float | Unset = UNSET
    remaining_usd: float | Unset = UNSET
    reset_interval: None | str | Unset = UNSET
    resets_at: datetime.datetime | None | Unset = UNSET
    include_byok: bool | Unset = UNSET
    budget_id: None | str | Unset = UNSET
    guardrail_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope

        limit_usd = self.limit_usd

        spend_usd = self.spend_usd

        remaining_usd = self.remaining_usd

        reset_interval: None | str | Unset
        if isinstance(self.reset_interval, Unset):
            reset_interval = UNSET
        else:
            reset_interval = self.reset_interval

        resets_at: None | str | Unset
        if isinstance(self.resets_at, Unset):
            resets_at = UNSET
        elif isinstance(self.resets_at, datetime.datetime):
            resets_at = self.resets_at.isoformat()
        else:
            resets_at = self.resets_at

        include_byok = self.include_byok

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        guardrail_id: None | str | Unset
        if isinstance(self.guardrail_id, Unset):
            guardrail_id = UNSET
        else:
            guardrail_id = self.guardrail_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope
        if limit_usd is not UNSET:
            field_dict["limit_usd"] = limit_usd
        if spend_usd is not UNSET:
            field_dict["spend_usd"] = spend_usd
        if remaining_usd is not UNSET:
            field_dict["remaining_usd"] = remaining_usd
        if reset_interval is not UNSET:
            field_dict["reset_interval"] = reset_interval
        if resets_at is not UNSET:
            field_dict["resets_at"] = resets_at
        if include_byok is not UNSET:
            field_dict["include_byok"] = include_byok
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if guardrail_id is not UNSET:
            field_dict["guardrail_id"] = guardrail_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope = d.pop("scope", UNSET)

        limit_usd = d.pop("limit_usd", UNSET)

        spend_usd = d.pop("spend_usd", UNSET)

        remaining_usd = d.pop("remaining_usd", UNSET)

        reset_interval = cast("None | str | Unset", d.pop("reset_interval", UNSET))

        def _parse_resets_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resets_at_type_0 = datetime.datetime.fromisoformat(data)

                return resets_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        resets_at = _parse_resets_at(d.pop("resets_at", UNSET))

        include_byok = d.pop("include_byok", UNSET)

        budget_id = cast("None | str | Unset", d.pop("budget_id", UNSET))

        guardrail_id = cast("None | str | Unset", d.pop("guardrail_id", UNSET))

        current_key_budget = cls(
            scope=scope,
            limit_usd=limit_usd,
            spend_usd=spend_usd,
            remaining_usd=remaining_usd,
            reset_interval=reset_interval,
            resets_at=resets_at,
            include_byok=include_byok,
            budget_id=budget_id,
            guardrail_id=guardrail_id,
        )

        current_key_budget.additional_properties = d
        return current_key_budget

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
