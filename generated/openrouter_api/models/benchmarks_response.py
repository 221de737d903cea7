from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BenchmarksResponse")


@_attrs_define
class BenchmarksResponse:
    """
    Attributes:
        data (list[ArtificialAnalysisBenchmark | DesignArenaBenchmark | OpenRouterBenchmark | SearchBenchmark]): Items
            of several shapes; `source` (and for OpenRouter evals the search-only fields) tell them apart.
        meta (BenchmarksMeta):
    """

    data: list[
        ArtificialAnalysisBenchmark | DesignArenaBenchmark | OpenRouterBenchmark | SearchBenchmark
    ]
    meta: BenchmarksMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, ArtificialAnalysisBenchmark):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, DesignArenaBenchmark):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, SearchBenchmark):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data_item(
            data: object,
        ) -> (
            ArtificialAnalysisBenchmark
            | DesignArenaBenchmark
            | OpenRouterBenchmark
            | SearchBenchmark
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_0 = ArtificialAnalysisBenchmark.from_dict(data)

                return data_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_1 = DesignArenaBenchmark.from_dict(data)

                return data_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_2 = SearchBenchmark.from_dict(data)

                return data_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_item_type_3 = OpenRouterBenchmark.from_dict(data)

            return data_item_type_3

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = _parse_data_item(data_item_data)
            data.append(data_item)

        meta = BenchmarksMeta.from_dict(d.pop("meta"))

        benchmarks_response = cls(
            data=data,
            meta=meta,
        )

        benchmarks_response.additional_properties = d
        return benchmarks_response

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
from ..models.artificial_analysis_benchmark import ArtificialAnalysisBenchmark  # noqa: E402
from ..models.benchmarks_meta import BenchmarksMeta  # noqa: E402
from ..models.design_arena_benchmark import DesignArenaBenchmark  # noqa: E402
from ..models.open_router_benchmark import OpenRouterBenchmark  # noqa: E402
from ..models.search_benchmark import SearchBenchmark  # noqa: E402
