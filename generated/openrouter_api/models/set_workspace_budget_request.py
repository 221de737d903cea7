from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class SetWorkspaceBudgetRequest(_Model):
    """
    Attributes:
        limit_usd (float): Spending limit in USD; must be above 0.
        include_byok_in_budgets (bool | Unset): Count BYOK spend toward every budget of the workspace; left out keeps
            the current setting.
    """

    __slots__ = (
        "limit_usd",
        "include_byok_in_budgets",
        "additional_properties",
    )

    limit_usd: float
    include_byok_in_budgets: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        limit_usd: float,
        include_byok_in_budgets: bool | Unset = UNSET,
    ) -> None:
        self.limit_usd = limit_usd
        self.include_byok_in_budgets = include_byok_in_budgets
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        limit_usd = self.limit_usd

        include_byok_in_budgets = self.include_byok_in_budgets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit_usd": limit_usd,
            }
        )
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit_usd = d.pop("limit_usd")

        include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        set_workspace_budget_request = cls(
            limit_usd=limit_usd,
            include_byok_in_budgets=include_byok_in_budgets,
        )

        set_workspace_budget_request.additional_properties = d
        return set_workspace_budget_request

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
