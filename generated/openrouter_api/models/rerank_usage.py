from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class RerankUsage(_ReadModel):
    """
    Attributes:
        search_units (int | None): Billing units used by providers that charge per search.
        total_tokens (int | None):
        cost (float | None): Amount charged in USD.
    """

    __slots__ = (
        "search_units",
        "total_tokens",
        "cost",
        "additional_properties",
    )

    search_units: int | None
    total_tokens: int | None
    cost: float | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        search_units: int | None = None,
        total_tokens: int | None = None,
        cost: float | None = None,
    ) -> None:
        self.search_units = search_units
        self.total_tokens = total_tokens
        self.cost = cost
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("search_units", "search_units", False, "int"),
        ("total_tokens", "total_tokens", False, "int"),
        ("cost", "cost", False, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        search_units = d.pop("search_units", None)
        total_tokens = d.pop("total_tokens", None)
        cost = d.pop("cost", None)
        rerank_usage = cls(
            search_units=search_units,
            total_tokens=total_tokens,
            cost=cost,
        )
        rerank_usage.additional_properties = d
        return rerank_usage

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
