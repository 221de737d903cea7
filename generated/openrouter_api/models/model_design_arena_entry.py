from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ModelDesignArenaEntry(_ReadModel):
    """
    Attributes:
        arena (str | None): Arena kind, for example `models` or `agents`.
        category (str | None): For example `website` or `gamedev`.
        elo (float | None):
        rank (int | None): Rank among OpenRouter models in this arena and category (1 is best).
        win_rate (float | None): Percentage of battles won.
    """

    __slots__ = (
        "arena",
        "category",
        "elo",
        "rank",
        "win_rate",
        "additional_properties",
    )

    arena: str | None
    category: str | None
    elo: float | None
    rank: int | None
    win_rate: float | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        arena: str | None = None,
        category: str | None = None,
        elo: float | None = None,
        rank: int | None = None,
        win_rate: float | None = None,
    ) -> None:
        self.arena = arena
        self.category = category
        self.elo = elo
        self.rank = rank
        self.win_rate = win_rate
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("arena", "arena", False, "str"),
        ("category", "category", False, "str"),
        ("elo", "elo", False, "float"),
        ("rank", "rank", False, "int"),
        ("win_rate", "win_rate", False, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        arena = d.pop("arena", None)
        category = d.pop("category", None)
        elo = d.pop("elo", None)
        rank = d.pop("rank", None)
        win_rate = d.pop("win_rate", None)
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
