from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.benchmark_type import BenchmarkType

T = TypeVar("T", bound="OpenRouterBenchmark")


@_attrs_define
class OpenRouterBenchmark:
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

    source: Literal["openrouter"]
    benchmark_type: BenchmarkType | str
    model_permaslug: str
    display_name: str
    accuracy: float
    accuracy_stddev: float | None
    avg_cost_per_task: float | None
    total_tasks: int
    last_run_timestamp: str
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

        accuracy = self.accuracy

        accuracy_stddev: float | None
        accuracy_stddev = self.accuracy_stddev

        avg_cost_per_task: float | None
        avg_cost_per_task = self.avg_cost_per_task

        total_tasks = self.total_tasks

        last_run_timestamp = self.last_run_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "benchmark_type": benchmark_type,
                "model_permaslug": model_permaslug,
                "display_name": display_name,
                "accuracy": accuracy,
                "accuracy_stddev": accuracy_stddev,
                "avg_cost_per_task": avg_cost_per_task,
                "total_tasks": total_tasks,
                "last_run_timestamp": last_run_timestamp,
            }
        )

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

        accuracy = d.pop("accuracy")

        accuracy_stddev = cast("float | None", d.pop("accuracy_stddev"))

        avg_cost_per_task = cast("float | None", d.pop("avg_cost_per_task"))

        total_tasks = d.pop("total_tasks")

        last_run_timestamp = d.pop("last_run_timestamp")

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
