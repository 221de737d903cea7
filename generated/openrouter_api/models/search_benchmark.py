from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..models.benchmark_search_surface import BenchmarkSearchSurface
from ..models.benchmark_type import BenchmarkType
from ..models.search_benchmark_metric_known import SearchBenchmarkMetricKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.source = _json_get_("source")
        _benchmark_type = _json_get_("benchmark_type")
        benchmark_type: Any = (
            BenchmarkType._value2member_map_.get(_benchmark_type, _benchmark_type)
            if isinstance(_benchmark_type, str)
            else _benchmark_type
        )
        _new_model_.benchmark_type = benchmark_type
        _new_model_.model_permaslug = _json_get_("model_permaslug")
        _new_model_.display_name = _json_get_("display_name")
        _primary_metric = _json_get_("primary_metric")
        primary_metric: Any = (
            SearchBenchmarkMetricKnown._value2member_map_.get(_primary_metric, _primary_metric)
            if isinstance(_primary_metric, str)
            else _primary_metric
        )
        _new_model_.primary_metric = primary_metric
        _new_model_.primary_score = _json_get_("primary_score")
        _new_model_.search_engine = _json_get_("search_engine")
        _search_surface = _json_get_("search_surface")
        search_surface: Any = (
            BenchmarkSearchSurface._value2member_map_.get(_search_surface, _search_surface)
            if isinstance(_search_surface, str)
            else _search_surface
        )
        _new_model_.search_surface = search_surface
        _new_model_.avg_cost_per_task = _json_get_("avg_cost_per_task")
        _new_model_.avg_latency_per_task_ms = _json_get_("avg_latency_per_task_ms")
        _new_model_.total_tasks = _json_get_("total_tasks")
        _new_model_.last_run_timestamp = _json_get_("last_run_timestamp")
        _run_config = _json_get_("run_config")
        run_config: Any = (
            SearchBenchmarkRunConfig.from_dict(_run_config)
            if isinstance(_run_config, dict)
            else _run_config
        )
        _new_model_.run_config = run_config
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
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.search_benchmark_run_config import SearchBenchmarkRunConfig  # noqa: E402
else:
    SearchBenchmarkRunConfig = _Deferred_(
        globals(), "..models.search_benchmark_run_config", "SearchBenchmarkRunConfig"
    )
