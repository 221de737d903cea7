from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.arena = _json_get_("arena")
        _new_model_.category = _json_get_("category")
        _new_model_.elo = _json_get_("elo")
        _new_model_.rank = _json_get_("rank")
        _new_model_.win_rate = _json_get_("win_rate")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "arena",
        "category",
        "elo",
        "rank",
        "win_rate",
    )
)
