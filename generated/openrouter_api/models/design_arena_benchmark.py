from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DesignArenaBenchmark")


@_attrs_define
class DesignArenaBenchmark:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        arena = self.arena

        category = self.category

        model_permaslug = self.model_permaslug

        display_name = self.display_name

        elo = self.elo

        win_rate = self.win_rate

        avg_generation_time_ms: float | None
        avg_generation_time_ms = self.avg_generation_time_ms

        pricing: dict[str, Any] | None
        if isinstance(self.pricing, BenchmarkPricing):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        tournament_stats = self.tournament_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "arena": arena,
                "category": category,
                "model_permaslug": model_permaslug,
                "display_name": display_name,
                "elo": elo,
                "win_rate": win_rate,
                "avg_generation_time_ms": avg_generation_time_ms,
                "pricing": pricing,
                "tournament_stats": tournament_stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = cast('Literal["design-arena"]', d.pop("source"))
        if source != "design-arena":
            raise ValueError(f"source must match const 'design-arena', got '{source}'")

        arena = d.pop("arena")

        category = d.pop("category")

        model_permaslug = d.pop("model_permaslug")

        display_name = d.pop("display_name")

        elo = d.pop("elo")

        win_rate = d.pop("win_rate")

        avg_generation_time_ms = cast("float | None", d.pop("avg_generation_time_ms"))

        def _parse_pricing(data: object) -> BenchmarkPricing | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_type_0 = BenchmarkPricing.from_dict(data)

                return pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BenchmarkPricing | None", data)

        pricing = _parse_pricing(d.pop("pricing"))

        tournament_stats = DesignArenaTournamentStats.from_dict(d.pop("tournament_stats"))

        design_arena_benchmark = cls(
            source=source,
            arena=arena,
            category=category,
            model_permaslug=model_permaslug,
            display_name=display_name,
            elo=elo,
            win_rate=win_rate,
            avg_generation_time_ms=avg_generation_time_ms,
            pricing=pricing,
            tournament_stats=tournament_stats,
        )

        design_arena_benchmark.additional_properties = d
        return design_arena_benchmark

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.benchmark_pricing import BenchmarkPricing  # noqa: E402
from ..models.design_arena_tournament_stats import DesignArenaTournamentStats  # noqa: E402
