from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.benchmark_type import BenchmarkType
from ..types import ReadModel as _ReadModel


class OpenRouterBenchmark(_ReadModel):
    """One model's result on one of OpenRouter's classic evals (GPQA Diamond, tau-bench).

    Attributes:
        source (Literal['openrouter']):
        benchmark_type (BenchmarkType | str):
        model_permaslug (str):
        display_name (str):
        accuracy (float): From 0 to 1.
        accuracy_stddev (float | None): Null for a single run.
        avg_cost_per_task (float | None): USD.
        total_tasks (int):
        last_run_timestamp (str):
    """

    __slots__ = (
        "source",
        "benchmark_type",
        "model_permaslug",
        "display_name",
        "accuracy",
        "accuracy_stddev",
        "avg_cost_per_task",
        "total_tasks",
        "last_run_timestamp",
        "additional_properties",
    )

    source: Literal["openrouter"]
    benchmark_type: BenchmarkType | str
    model_permaslug: str
    display_name: str
    accuracy: float
    accuracy_stddev: float | None
    avg_cost_per_task: float | None
    total_tasks: int
    last_run_timestamp: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        source: Literal["openrouter"],
        benchmark_type: BenchmarkType | str,
        model_permaslug: str,
        display_name: str,
        accuracy: float,
        accuracy_stddev: float | None,
        avg_cost_per_task: float | None,
        total_tasks: int,
        last_run_timestamp: str,
    ) -> None:
        self.source = source
        self.benchmark_type = benchmark_type
        self.model_permaslug = model_permaslug
        self.display_name = display_name
        self.accuracy = accuracy
        self.accuracy_stddev = accuracy_stddev
        self.avg_cost_per_task = avg_cost_per_task
        self.total_tasks = total_tasks
        self.last_run_timestamp = last_run_timestamp
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("source", "source", True, "Literal['openrouter']"),
        ("benchmark_type", "benchmark_type", True, "BenchmarkType | str"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("display_name", "display_name", True, "str"),
        ("accuracy", "accuracy", True, "float"),
        ("accuracy_stddev", "accuracy_stddev", True, "float | None"),
        ("avg_cost_per_task", "avg_cost_per_task", True, "float | None"),
        ("total_tasks", "total_tasks", True, "int"),
        ("last_run_timestamp", "last_run_timestamp", True, "str"),
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
        accuracy = d.pop("accuracy", None)
        accuracy_stddev = d.pop("accuracy_stddev", None)
        avg_cost_per_task = d.pop("avg_cost_per_task", None)
        total_tasks = d.pop("total_tasks", None)
        last_run_timestamp = d.pop("last_run_timestamp", None)
        open_router_benchmark = cls(
            source=source,
            benchmark_type=benchmark_type,
            model_permaslug=model_permaslug,
            display_name=display_name,
            accuracy=accuracy,
            accuracy_stddev=accuracy_stddev,
            avg_cost_per_task=avg_cost_per_task,
            total_tasks=total_tasks,
            last_run_timestamp=last_run_timestamp,
        )
        open_router_benchmark.additional_properties = d
        return open_router_benchmark

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
