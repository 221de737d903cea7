from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.benchmark_source import BenchmarkSource
from ..models.dataset_version_known import DatasetVersionKnown

T = TypeVar("T", bound="BenchmarksMeta")


@_attrs_define
class BenchmarksMeta:
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

    source: BenchmarkSource | None | str
    task_type: None | str
    model_count: int
    citation: None | str
    source_url: None | str
    as_of: str
    version: DatasetVersionKnown | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: None | str
        if isinstance(self.source, BenchmarkSource):
            source = self.source.value
        else:
            source = self.source

        task_type: None | str
        task_type = self.task_type

        model_count = self.model_count

        citation: None | str
        citation = self.citation

        source_url: None | str
        source_url = self.source_url

        as_of = self.as_of

        version: str
        if isinstance(self.version, DatasetVersionKnown):
            version = self.version.value
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "task_type": task_type,
                "model_count": model_count,
                "citation": citation,
                "source_url": source_url,
                "as_of": as_of,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_source(data: object) -> BenchmarkSource | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = BenchmarkSource._parse(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BenchmarkSource | None | str", data)

        source = _parse_source(d.pop("source"))

        task_type = cast("None | str", d.pop("task_type"))

        model_count = d.pop("model_count")

        citation = cast("None | str", d.pop("citation"))

        source_url = cast("None | str", d.pop("source_url"))

        as_of = d.pop("as_of")

        def _parse_version(data: object) -> DatasetVersionKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_type_0 = DatasetVersionKnown._parse(data)

                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("DatasetVersionKnown | str", data)

        version = _parse_version(d.pop("version"))

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
