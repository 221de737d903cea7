from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.benchmark_type import BenchmarkType
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        _new_model_.accuracy = _json_get_("accuracy")
        _new_model_.accuracy_stddev = _json_get_("accuracy_stddev")
        _new_model_.avg_cost_per_task = _json_get_("avg_cost_per_task")
        _new_model_.total_tasks = _json_get_("total_tasks")
        _new_model_.last_run_timestamp = _json_get_("last_run_timestamp")
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
        "accuracy",
        "accuracy_stddev",
        "avg_cost_per_task",
        "total_tasks",
        "last_run_timestamp",
    )
)
