from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class BenchmarksResponse(_ReadModel):
    """
    Attributes:
        data (list[ArtificialAnalysisBenchmark | DesignArenaBenchmark | OpenRouterBenchmark | SearchBenchmark]): Items
            of several shapes; `source` (and for OpenRouter evals the search-only fields) tell them apart.
        meta (BenchmarksMeta):
    """

    __slots__ = (
        "data",
        "meta",
        "additional_properties",
    )

    data: list[
        ArtificialAnalysisBenchmark | DesignArenaBenchmark | OpenRouterBenchmark | SearchBenchmark
    ]
    meta: BenchmarksMeta
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: list[
            ArtificialAnalysisBenchmark
            | DesignArenaBenchmark
            | OpenRouterBenchmark
            | SearchBenchmark
        ],
        meta: BenchmarksMeta,
    ) -> None:
        self.data = data
        self.meta = meta
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        (
            "data",
            "data",
            True,
            "list[ArtificialAnalysisBenchmark | DesignArenaBenchmark | OpenRouterBenchmark | SearchBenchmark]",
        ),
        ("meta", "meta", True, "BenchmarksMeta"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _data = _json_get_("data")
        if isinstance(_data, list):
            data: Any = []
            for _list_item_ in _data:
                data.append(_read_data_item(_list_item_))
        else:
            data = _data
        _new_model_.data = data
        _meta = _json_get_("meta")
        meta: Any = BenchmarksMeta.from_dict(_meta) if isinstance(_meta, dict) else _meta
        _new_model_.meta = meta
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

    def __iter__(
        self,
    ) -> Iterator[
        ArtificialAnalysisBenchmark | DesignArenaBenchmark | OpenRouterBenchmark | SearchBenchmark
    ]:
        """Iterate over `data`, the items of this list response."""
        return iter(self.data or ())

    def __len__(self) -> int:
        """How many items `data` holds."""
        return len(self.data or ())

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
        "data",
        "meta",
    )
)


def _read_data_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("source") == "artificial-analysis":
            return ArtificialAnalysisBenchmark.from_dict(data)
        if data.get("source") == "design-arena":
            return DesignArenaBenchmark.from_dict(data)
        if data.get("source") == "openrouter":
            if (
                "source" in data
                and "benchmark_type" in data
                and "model_permaslug" in data
                and "display_name" in data
                and "primary_metric" in data
                and "primary_score" in data
                and "search_engine" in data
                and "search_surface" in data
                and "avg_cost_per_task" in data
                and "avg_latency_per_task_ms" in data
                and "total_tasks" in data
                and "last_run_timestamp" in data
            ):
                return SearchBenchmark.from_dict(data)
            return OpenRouterBenchmark.from_dict(data)
        return data
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.artificial_analysis_benchmark import ArtificialAnalysisBenchmark  # noqa: E402
    from ..models.benchmarks_meta import BenchmarksMeta  # noqa: E402
    from ..models.design_arena_benchmark import DesignArenaBenchmark  # noqa: E402
    from ..models.open_router_benchmark import OpenRouterBenchmark  # noqa: E402
    from ..models.search_benchmark import SearchBenchmark  # noqa: E402
else:
    ArtificialAnalysisBenchmark = _Deferred_(
        globals(), "..models.artificial_analysis_benchmark", "ArtificialAnalysisBenchmark"
    )
    BenchmarksMeta = _Deferred_(globals(), "..models.benchmarks_meta", "BenchmarksMeta")
    DesignArenaBenchmark = _Deferred_(
        globals(), "..models.design_arena_benchmark", "DesignArenaBenchmark"
    )
    OpenRouterBenchmark = _Deferred_(
        globals(), "..models.open_router_benchmark", "OpenRouterBenchmark"
    )
    SearchBenchmark = _Deferred_(globals(), "..models.search_benchmark", "SearchBenchmark")
