from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class DesignArenaTournamentStats(_ReadModel):
    """How often the model finished in each place.

    Attributes:
        total (int | None):
        first_place (int | None):
        second_place (int | None):
        third_place (int | None):
        fourth_place (int | None):
    """

    __slots__ = (
        "total",
        "first_place",
        "second_place",
        "third_place",
        "fourth_place",
        "additional_properties",
    )

    total: int | None
    first_place: int | None
    second_place: int | None
    third_place: int | None
    fourth_place: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        total: int | None,
        first_place: int | None,
        second_place: int | None,
        third_place: int | None,
        fourth_place: int | None,
    ) -> None:
        self.total = total
        self.first_place = first_place
        self.second_place = second_place
        self.third_place = third_place
        self.fourth_place = fourth_place
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("total", "total", True, "int | None"),
        ("first_place", "first_place", True, "int | None"),
        ("second_place", "second_place", True, "int | None"),
        ("third_place", "third_place", True, "int | None"),
        ("fourth_place", "fourth_place", True, "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        total = d.pop("total", None)
        first_place = d.pop("first_place", None)
        second_place = d.pop("second_place", None)
        third_place = d.pop("third_place", None)
        fourth_place = d.pop("fourth_place", None)
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
