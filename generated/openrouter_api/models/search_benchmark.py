from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.benchmark_search_surface import BenchmarkSearchSurface
from ..models.benchmark_type import BenchmarkType
from ..models.search_benchmark_metric_known import SearchBenchmarkMetricKnown
from ..types import ReadModel as _ReadModel


class SearchBenchmark(_ReadModel):
    """The best eligible configuration of one model on one of OpenRouter's search evals.

    Attributes:
        source (Literal['openrouter']):
        benchmark_type (BenchmarkType | str): One of the `search_*` benchmarks.
        model_permaslug (str):
        display_name (str):
        primary_metric (SearchBenchmarkMetricKnown | str): What `primary_score` measures (`f1_by_item` for WideSearch,
            otherwise `accuracy`).
        primary_score (float): Headline score from 0 to 1.
        search_engine (str):
        search_surface (BenchmarkSearchSurface | str):
        avg_cost_per_task (float | None): USD.
        avg_latency_per_task_ms (float | None):
        total_tasks (int):
        last_run_timestamp (str):
        run_config (SearchBenchmarkRunConfig | None): The published settings of the run, present only with
            `include_run_config=true`.
    """

    __slots__ = (
        "source",
        "benchmark_type",
        "model_permaslug",
        "display_name",
        "primary_metric",
        "primary_score",
        "search_engine",
        "search_surface",
        "avg_cost_per_task",
        "avg_latency_per_task_ms",
        "total_tasks",
        "last_run_timestamp",
        "run_config",
        "additional_properties",
    )

    source: Literal["openrouter"]
    benchmark_type: BenchmarkType | str
    model_permaslug: str
    display_name: str
    primary_metric: SearchBenchmarkMetricKnown | str
    primary_score: float
    search_engine: str
    search_surface: BenchmarkSearchSurface | str
    avg_cost_per_task: float | None
    avg_latency_per_task_ms: float | None
    total_tasks: int
    last_run_timestamp: str
    run_config: SearchBenchmarkRunConfig | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        source: Literal["openrouter"],
        benchmark_type: BenchmarkType | str,
        model_permaslug: str,
        display_name: str,
        primary_metric: SearchBenchmarkMetricKnown | str,
        primary_score: float,
        search_engine: str,
        search_surface: BenchmarkSearchSurface | str,
        avg_cost_per_task: float | None,
        avg_latency_per_task_ms: float | None,
        total_tasks: int,
        last_run_timestamp: str,
        run_config: SearchBenchmarkRunConfig | None = None,
    ) -> None:
        self.source = source
        self.benchmark_type = benchmark_type
        self.model_permaslug = model_permaslug
        self.display_name = display_name
        self.primary_metric = primary_metric
        self.primary_score = primary_score
        self.search_engine = search_engine
        self.search_surface = search_surface
        self.avg_cost_per_task = avg_cost_per_task
        self.avg_latency_per_task_ms = avg_latency_per_task_ms
        self.total_tasks = total_tasks
        self.last_run_timestamp = last_run_timestamp
        self.run_config = run_config
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("source", "source", True, "Literal['openrouter']"),
        ("benchmark_type", "benchmark_type", True, "BenchmarkType | str"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("display_name", "display_name", True, "str"),
        ("primary_metric", "primary_metric", True, "SearchBenchmarkMetricKnown | str"),
        ("primary_score", "primary_score", True, "float"),
        ("search_engine", "search_engine", True, "str"),
        ("search_surface", "search_surface", True, "BenchmarkSearchSurface | str"),
        ("avg_cost_per_task", "avg_cost_per_task", True, "float | None"),
        ("avg_latency_per_task_ms", "avg_latency_per_task_ms", True, "float | None"),
        ("total_tasks", "total_tasks", True, "int"),
        ("last_run_timestamp", "last_run_timestamp", True, "str"),
        ("run_config", "run_config", False, "SearchBenchmarkRunConfig"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        source = d.pop("source", None)
        _benchmark_type = d.pop("benchmark_type", None)
        benchmark_type: Any = _read_benchmark_type(_benchmark_type)
        model_permaslug = d.pop("model_permaslug", None)
        display_name = d.pop("display_name", None)
        _primary_metric = d.pop("primary_metric", None)
        primary_metric: Any = _read_primary_metric(_primary_metric)
        primary_score = d.pop("primary_score", None)
        search_engine = d.pop("search_engine", None)
        _search_surface = d.pop("search_surface", None)
        search_surface: Any = _read_search_surface(_search_surface)
        avg_cost_per_task = d.pop("avg_cost_per_task", None)
        avg_latency_per_task_ms = d.pop("avg_latency_per_task_ms", None)
        total_tasks = d.pop("total_tasks", None)
        last_run_timestamp = d.pop("last_run_timestamp", None)
        _run_config = d.pop("run_config", None)
        run_config: Any = (
            SearchBenchmarkRunConfig.from_dict(_run_config)
            if isinstance(_run_config, dict)
            else _run_config
        )
        search_benchmark = cls(
            source=source,
            benchmark_type=benchmark_type,
            model_permaslug=model_permaslug,
            display_name=display_name,
            primary_metric=primary_metric,
            primary_score=primary_score,
            search_engine=search_engine,
            search_surface=search_surface,
            avg_cost_per_task=avg_cost_per_task,
            avg_latency_per_task_ms=avg_latency_per_task_ms,
            total_tasks=total_tasks,
            last_run_timestamp=last_run_timestamp,
            run_config=run_config,
        )
        search_benchmark.additional_properties = d
        return search_benchmark

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


def _read_benchmark_type(data: Any) -> Any:
    if isinstance(data, str):
        if data in BenchmarkType._value2member_map_:
            return BenchmarkType._value2member_map_[data]
    return data


def _read_primary_metric(data: Any) -> Any:
    if isinstance(data, str):
        if data in SearchBenchmarkMetricKnown._value2member_map_:
            return SearchBenchmarkMetricKnown._value2member_map_[data]
    return data


def _read_search_surface(data: Any) -> Any:
    if isinstance(data, str):
        if data in BenchmarkSearchSurface._value2member_map_:
            return BenchmarkSearchSurface._value2member_map_[data]
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.search_benchmark_run_config import SearchBenchmarkRunConfig  # noqa: E402
