from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RerankUsage")


@_attrs_define
class RerankUsage:
    """
    Attributes:
        search_units (int | Unset): Billing units used by providers that charge per search.
        total_tokens (int | Unset):
        cost (float | Unset): Amount charged in USD.
    """

    search_units: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_units = self.search_units

        total_tokens = self.total_tokens

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_units is not UNSET:
            field_dict["search_units"] = search_units
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_units = d.pop("search_units", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        cost = d.pop("cost", UNSET)

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
