from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDesignArenaEntry")


@_attrs_define
class ModelDesignArenaEntry:
    """
    Attributes:
        arena (str | Unset): Arena kind, for example `models` or `agents`.
        category (str | Unset): For example `website` or `gamedev`.
        elo (float | Unset):
        rank (int | Unset): Rank among OpenRouter models in this arena and category (1 is best).
        win_rate (float | Unset): Percentage of battles won.
    """

    arena: str | Unset = UNSET
    category: str | Unset = UNSET
    elo: float | Unset = UNSET
    rank: int | Unset = UNSET
    win_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arena = self.arena

        category = self.category

        elo = self.elo

        rank = self.rank

        win_rate = self.win_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arena is not UNSET:
            field_dict["arena"] = arena
        if category is not UNSET:
            field_dict["category"] = category
        if elo is not UNSET:
            field_dict["elo"] = elo
        if rank is not UNSET:
            field_dict["rank"] = rank
        if win_rate is not UNSET:
            field_dict["win_rate"] = win_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arena = d.pop("arena", UNSET)

        category = d.pop("category", UNSET)

        elo = d.pop("elo", UNSET)

        rank = d.pop("rank", UNSET)

        win_rate = d.pop("win_rate", UNSET)

        model_design_arena_entry = cls(
            arena=arena,
            category=category,
            elo=elo,
            rank=rank,
            win_rate=win_rate,
        )

        model_design_arena_entry.additional_properties = d
        return model_design_arena_entry

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
