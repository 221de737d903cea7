from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.benchmark_source import BenchmarkSource
from ..models.dataset_version_known import DatasetVersionKnown
from ..types import ReadModel as _ReadModel


class BenchmarksMeta(_ReadModel):
    """
    Attributes:
        source (BenchmarkSource | None | str): The source filter applied, or null for all sources.
        task_type (None | str): The task filter applied
        model_count (int): Distinct models in the answer.
        citation (None | str): Attribution required when republishing; null when sources are mixed.
        source_url (None | str):
        as_of (str): ISO 8601 time of the last data update.
        version (DatasetVersionKnown | str):
    """

    __slots__ = (
        "source",
        "task_type",
        "model_count",
        "citation",
        "source_url",
        "as_of",
        "version",
        "additional_properties",
    )

    source: BenchmarkSource | None | str
    task_type: None | str
    model_count: int
    citation: None | str
    source_url: None | str
    as_of: str
    version: DatasetVersionKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        source: BenchmarkSource | None | str,
        task_type: None | str,
        model_count: int,
        citation: None | str,
        source_url: None | str,
        as_of: str,
        version: DatasetVersionKnown | str,
    ) -> None:
        self.source = source
        self.task_type = task_type
        self.model_count = model_count
        self.citation = citation
        self.source_url = source_url
        self.as_of = as_of
        self.version = version
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("source", "source", True, "BenchmarkSource | None | str"),
        ("task_type", "task_type", True, "None | str"),
        ("model_count", "model_count", True, "int"),
        ("citation", "citation", True, "None | str"),
        ("source_url", "source_url", True, "None | str"),
        ("as_of", "as_of", True, "str"),
        ("version", "version", True, "DatasetVersionKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _source = d.pop("source", None)
        source: Any = _read_source(_source)
        task_type = d.pop("task_type", None)
        model_count = d.pop("model_count", None)
        citation = d.pop("citation", None)
        source_url = d.pop("source_url", None)
        as_of = d.pop("as_of", None)
        _version = d.pop("version", None)
        version: Any = _read_version(_version)
        benchmarks_meta = cls(
            source=source,
            task_type=task_type,
            model_count=model_count,
            citation=citation,
            source_url=source_url,
            as_of=as_of,
            version=version,
        )
        benchmarks_meta.additional_properties = d
        return benchmarks_meta

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


def _read_source(data: Any) -> Any:
    if isinstance(data, str):
        if data in BenchmarkSource._value2member_map_:
            return BenchmarkSource._value2member_map_[data]
    return data


def _read_version(data: Any) -> Any:
    if isinstance(data, str):
        if data in DatasetVersionKnown._value2member_map_:
            return DatasetVersionKnown._value2member_map_[data]
    return data
