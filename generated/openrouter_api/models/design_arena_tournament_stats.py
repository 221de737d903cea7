from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DesignArenaTournamentStats")


@_attrs_define
class DesignArenaTournamentStats:
    """How often the model finished in each place.

    Attributes:
        total (int | None):
        first_place (int | None):
        second_place (int | None):
        third_place (int | None):
        fourth_place (int | None):
    """

    total: int | None
    first_place: int | None
    second_place: int | None
    third_place: int | None
    fourth_place: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None
        total = self.total

        first_place: int | None
        first_place = self.first_place

        second_place: int | None
        second_place = self.second_place

        third_place: int | None
        third_place = self.third_place

        fourth_place: int | None
        fourth_place = self.fourth_place

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "first_place": first_place,
                "second_place": second_place,
                "third_place": third_place,
                "fourth_place": fourth_place,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = cast("int | None", d.pop("total"))

        first_place = cast("int | None", d.pop("first_place"))

        second_place = cast("int | None", d.pop("second_place"))

        third_place = cast("int | None", d.pop("third_place"))

        fourth_place = cast("int | None", d.pop("fourth_place"))

        design_arena_tournament_stats = cls(
            total=total,
            first_place=first_place,
            second_place=second_place,
            third_place=third_place,
            fourth_place=fourth_place,
        )

        design_arena_tournament_stats.additional_properties = d
        return design_arena_tournament_stats

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
