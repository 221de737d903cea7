from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.benchmark_search_surface import BenchmarkSearchSurface
from ..models.benchmark_type import BenchmarkType
from ..models.search_benchmark_metric_known import SearchBenchmarkMetricKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchBenchmark")


@_attrs_define
class SearchBenchmark:
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
        run_config (SearchBenchmarkRunConfig | Unset): The published settings of the run, present only with
            `include_run_config=true`.
    """

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
    run_config: SearchBenchmarkRunConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        benchmark_type: str
        if isinstance(self.benchmark_type, BenchmarkType):
            benchmark_type = self.benchmark_type.value
        else:
            benchmark_type = self.benchmark_type

        model_permaslug = self.model_permaslug

        display_name = self.display_name

        primary_metric: str
        if isinstance(self.primary_metric, SearchBenchmarkMetricKnown):
            primary_metric = self.primary_metric.value
        else:
            primary_metric = self.primary_metric

        primary_score = self.primary_score

        search_engine = self.search_engine

        search_surface: str
        if isinstance(self.search_surface, BenchmarkSearchSurface):
            search_surface = self.search_surface.value
        else:
            search_surface = self.search_surface

        avg_cost_per_task: float | None
        avg_cost_per_task = self.avg_cost_per_task

        avg_latency_per_task_ms: float | None
        avg_latency_per_task_ms = self.avg_latency_per_task_ms

        total_tasks = self.total_tasks

        last_run_timestamp = self.last_run_timestamp

        run_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_config, Unset):
            run_config = self.run_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "benchmark_type": benchmark_type,
                "model_permaslug": model_permaslug,
                "display_name": display_name,
                "primary_metric": primary_metric,
                "primary_score": primary_score,
                "search_engine": search_engine,
                "search_surface": search_surface,
                "avg_cost_per_task": avg_cost_per_task,
                "avg_latency_per_task_ms": avg_latency_per_task_ms,
                "total_tasks": total_tasks,
                "last_run_timestamp": last_run_timestamp,
            }
        )
        if run_config is not UNSET:
            field_dict["run_config"] = run_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = cast('Literal["openrouter"]', d.pop("source"))
        if source != "openrouter":
            raise ValueError(f"source must match const 'openrouter', got '{source}'")

        def _parse_benchmark_type(data: object) -> BenchmarkType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                benchmark_type_type_0 = BenchmarkType._parse(data)

                return benchmark_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BenchmarkType | str", data)

        benchmark_type = _parse_benchmark_type(d.pop("benchmark_type"))

        model_permaslug = d.pop("model_permaslug")

        display_name = d.pop("display_name")

        def _parse_primary_metric(data: object) -> SearchBenchmarkMetricKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                primary_metric_type_0 = SearchBenchmarkMetricKnown._parse(data)

                return primary_metric_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("SearchBenchmarkMetricKnown | str", data)

        primary_metric = _parse_primary_metric(d.pop("primary_metric"))

        primary_score = d.pop("primary_score")

        search_engine = d.pop("search_engine")

        def _parse_search_surface(data: object) -> BenchmarkSearchSurface | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                search_surface_type_0 = BenchmarkSearchSurface._parse(data)

                return search_surface_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BenchmarkSearchSurface | str", data)

        search_surface = _parse_search_surface(d.pop("search_surface"))

        avg_cost_per_task = cast("float | None", d.pop("avg_cost_per_task"))

        avg_latency_per_task_ms = cast("float | None", d.pop("avg_latency_per_task_ms"))

        total_tasks = d.pop("total_tasks")

        last_run_timestamp = d.pop("last_run_timestamp")

        _run_config = d.pop("run_config", UNSET)
        run_config: SearchBenchmarkRunConfig | Unset
        if isinstance(_run_config, Unset):
            run_config = UNSET
        else:
            run_config = SearchBenchmarkRunConfig.from_dict(_run_config)

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.search_benchmark_run_config import SearchBenchmarkRunConfig  # noqa: E402
