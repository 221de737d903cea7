from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class DesignArenaBenchmark(_ReadModel):
    """A Design Arena rating for one model in one arena and category.

    Attributes:
        source (Literal['design-arena']):
        arena (str):
        category (str):
        model_permaslug (str): OpenRouter model id when one is mapped, otherwise Design Arena's own id.
        display_name (str):
        elo (float):
        win_rate (float): Percentage from 0 to 100.
        avg_generation_time_ms (float | None):
        pricing (BenchmarkPricing | None):
        tournament_stats (DesignArenaTournamentStats): How often the model finished in each place.
    """

    __slots__ = (
        "source",
        "arena",
        "category",
        "model_permaslug",
        "display_name",
        "elo",
        "win_rate",
        "avg_generation_time_ms",
        "pricing",
        "tournament_stats",
        "additional_properties",
    )

    source: Literal["design-arena"]
    arena: str
    category: str
    model_permaslug: str
    display_name: str
    elo: float
    win_rate: float
    avg_generation_time_ms: float | None
    pricing: BenchmarkPricing | None
    tournament_stats: DesignArenaTournamentStats
    additional_properties: dict[str, Any]

    def __init__(
        self,
        source: Literal["design-arena"],
        arena: str,
        category: str,
        model_permaslug: str,
        display_name: str,
        elo: float,
        win_rate: float,
        avg_generation_time_ms: float | None,
        pricing: BenchmarkPricing | None,
        tournament_stats: DesignArenaTournamentStats,
    ) -> None:
        self.source = source
        self.arena = arena
        self.category = category
        self.model_permaslug = model_permaslug
        self.display_name = display_name
        self.elo = elo
        self.win_rate = win_rate
        self.avg_generation_time_ms = avg_generation_time_ms
        self.pricing = pricing
        self.tournament_stats = tournament_stats
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("source", "source", True, "Literal['design-arena']"),
        ("arena", "arena", True, "str"),
        ("category", "category", True, "str"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("display_name", "display_name", True, "str"),
        ("elo", "elo", True, "float"),
        ("win_rate", "win_rate", True, "float"),
        ("avg_generation_time_ms", "avg_generation_time_ms", True, "float | None"),
        ("pricing", "pricing", True, "BenchmarkPricing | None"),
        ("tournament_stats", "tournament_stats", True, "DesignArenaTournamentStats"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.source = _json_get_("source")
        _new_model_.arena = _json_get_("arena")
        _new_model_.category = _json_get_("category")
        _new_model_.model_permaslug = _json_get_("model_permaslug")
        _new_model_.display_name = _json_get_("display_name")
        _new_model_.elo = _json_get_("elo")
        _new_model_.win_rate = _json_get_("win_rate")
        _new_model_.avg_generation_time_ms = _json_get_("avg_generation_time_ms")
        _pricing = _json_get_("pricing")
        pricing: Any = (
            BenchmarkPricing.from_dict(_pricing) if isinstance(_pricing, dict) else _pricing
        )
        _new_model_.pricing = pricing
        _tournament_stats = _json_get_("tournament_stats")
        tournament_stats: Any = (
            DesignArenaTournamentStats.from_dict(_tournament_stats)
            if isinstance(_tournament_stats, dict)
            else _tournament_stats
        )
        _new_model_.tournament_stats = tournament_stats
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
        "source",
        "arena",
        "category",
        "model_permaslug",
        "display_name",
        "elo",
        "win_rate",
        "avg_generation_time_ms",
        "pricing",
        "tournament_stats",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.benchmark_pricing import BenchmarkPricing  # noqa: E402
    from ..models.design_arena_tournament_stats import DesignArenaTournamentStats  # noqa: E402
else:
    BenchmarkPricing = _Deferred_(globals(), "..models.benchmark_pricing", "BenchmarkPricing")
    DesignArenaTournamentStats = _Deferred_(
        globals(), "..models.design_arena_tournament_stats", "DesignArenaTournamentStats"
    )
