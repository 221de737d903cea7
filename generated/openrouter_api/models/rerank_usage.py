from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ReadModel as _ReadModel


@_attrs_define(repr=False)
class RerankUsage(_ReadModel):
    """
    Attributes:
        search_units (int | None): Billing units used by providers that charge per search.
        total_tokens (int | None):
        cost (float | None): Amount charged in USD.
    """

    search_units: int | None = None
    total_tokens: int | None = None
    cost: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
