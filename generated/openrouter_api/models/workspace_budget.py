from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_budget_reset_known import WorkspaceBudgetResetKnown

T = TypeVar("T", bound="WorkspaceBudget")


@_attrs_define
class WorkspaceBudget:
    """
    Attributes:
        id (str):
        workspace_id (str):
        limit_usd (float): Spending limit in USD for the interval.
        reset_interval (None | str | WorkspaceBudgetResetKnown): When spend resets; null for the lifetime budget.
        created_at (str): ISO 8601 creation time.
        updated_at (str): ISO 8601 time of the last change.
    """

    id: str
    workspace_id: str
    limit_usd: float
    reset_interval: None | str | WorkspaceBudgetResetKnown
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        limit_usd = self.limit_usd

        reset_interval: None | str
        if isinstance(self.reset_interval, WorkspaceBudgetResetKnown):
            reset_interval = self.reset_interval.value
        else:
            reset_interval = self.reset_interval

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "limit_usd": limit_usd,
                "reset_interval": reset_interval,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        workspace_id = d.pop("workspace_id")

        limit_usd = d.pop("limit_usd")

        def _parse_reset_interval(data: object) -> None | str | WorkspaceBudgetResetKnown:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reset_interval_type_0 = WorkspaceBudgetResetKnown._parse(data)

                return reset_interval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | str | WorkspaceBudgetResetKnown", data)

        reset_interval = _parse_reset_interval(d.pop("reset_interval"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        workspace_budget = cls(
            id=id,
            workspace_id=workspace_id,
            limit_usd=limit_usd,
            reset_interval=reset_interval,
            created_at=created_at,
            updated_at=updated_at,
        )

        workspace_budget.additional_properties = d
        return workspace_budget

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
