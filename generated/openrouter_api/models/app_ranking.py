from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppRanking")


@_attrs_define
class AppRanking:
    """One app's position and usage in the window.

    Attributes:
        rank (int): 1-based, absolute position (unaffected by `offset`).
        app_id (int):
        app_name (str):
        total_requests (int):
        total_tokens (str): Prompt plus completion tokens, as a decimal string so 64-bit totals survive JSON.
    """

    rank: int
    app_id: int
    app_name: str
    total_requests: int
    total_tokens: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        app_id = self.app_id

        app_name = self.app_name

        total_requests = self.total_requests

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "app_id": app_id,
                "app_name": app_name,
                "total_requests": total_requests,
                "total_tokens": total_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rank = d.pop("rank")

        app_id = d.pop("app_id")

        app_name = d.pop("app_name")

        total_requests = d.pop("total_requests")

        total_tokens = d.pop("total_tokens")

        app_ranking = cls(
            rank=rank,
            app_id=app_id,
            app_name=app_name,
            total_requests=total_requests,
            total_tokens=total_tokens,
        )

        app_ranking.additional_properties = d
        return app_ranking

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
