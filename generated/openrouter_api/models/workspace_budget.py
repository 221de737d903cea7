from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.workspace_budget_reset_known import WorkspaceBudgetResetKnown
from ..types import ReadModel as _ReadModel


class WorkspaceBudget(_ReadModel):
    """
    Attributes:
        id (str):
        workspace_id (str):
        limit_usd (float): Spending limit in USD for the interval.
        reset_interval (None | str | WorkspaceBudgetResetKnown): When spend resets; null for the lifetime budget.
        created_at (str): ISO 8601 creation time.
        updated_at (str): ISO 8601 time of the last change.
    """

    __slots__ = (
        "id",
        "workspace_id",
        "limit_usd",
        "reset_interval",
        "created_at",
        "updated_at",
        "additional_properties",
    )

    id: str
    workspace_id: str
    limit_usd: float
    reset_interval: None | str | WorkspaceBudgetResetKnown
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        workspace_id: str,
        limit_usd: float,
        reset_interval: None | str | WorkspaceBudgetResetKnown,
        created_at: str,
        updated_at: str,
    ) -> None:
        self.id = id
        self.workspace_id = workspace_id
        self.limit_usd = limit_usd
        self.reset_interval = reset_interval
        self.created_at = created_at
        self.updated_at = updated_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("workspace_id", "workspace_id", True, "str"),
        ("limit_usd", "limit_usd", True, "float"),
        ("reset_interval", "reset_interval", True, "None | str | WorkspaceBudgetResetKnown"),
        ("created_at", "created_at", True, "str"),
        ("updated_at", "updated_at", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        workspace_id = d.pop("workspace_id", None)
        limit_usd = d.pop("limit_usd", None)
        _reset_interval = d.pop("reset_interval", None)
        reset_interval: Any = _read_reset_interval(_reset_interval)
        created_at = d.pop("created_at", None)
        updated_at = d.pop("updated_at", None)
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


def _read_reset_interval(data: Any) -> Any:
    if isinstance(data, str):
        if data in WorkspaceBudgetResetKnown._value2member_map_:
            return WorkspaceBudgetResetKnown._value2member_map_[data]
    return data
