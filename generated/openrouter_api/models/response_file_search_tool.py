from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFileSearchTool")


@_attrs_define
class ResponseFileSearchTool:
    """
    Attributes:
        type_ (Literal['file_search']):
        vector_store_ids (list[str]):
        max_num_results (int | Unset):
        filters (None | ResponseFileSearchToolFiltersType0 | Unset): Comparison or compound attribute filter.
        ranking_options (ResponseFileSearchToolRankingOptions | Unset): `ranker` (`auto` or `default-2024-11-15`) and
            `score_threshold`.
    """

    type_: Literal["file_search"]
    vector_store_ids: list[str]
    max_num_results: int | Unset = UNSET
    filters: None | ResponseFileSearchToolFiltersType0 | Unset = UNSET
    ranking_options: ResponseFileSearchToolRankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        vector_store_ids = self.vector_store_ids

        max_num_results = self.max_num_results

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, ResponseFileSearchToolFiltersType0):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "vector_store_ids": vector_store_ids,
            }
        )
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if filters is not UNSET:
            field_dict["filters"] = filters
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["file_search"]', d.pop("type"))
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        vector_store_ids = cast("list[str]", d.pop("vector_store_ids"))

        max_num_results = d.pop("max_num_results", UNSET)

        def _parse_filters(data: object) -> None | ResponseFileSearchToolFiltersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = ResponseFileSearchToolFiltersType0.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseFileSearchToolFiltersType0 | Unset", data)

        filters = _parse_filters(d.pop("filters", UNSET))

        _ranking_options = d.pop("ranking_options", UNSET)
        ranking_options: ResponseFileSearchToolRankingOptions | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = ResponseFileSearchToolRankingOptions.from_dict(_ranking_options)

        response_file_search_tool = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            max_num_results=max_num_results,
            filters=filters,
            ranking_options=ranking_options,
        )

        response_file_search_tool.additional_properties = d
        return response_file_search_tool

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
from ..models.response_file_search_tool_filters_type_0 import ResponseFileSearchToolFiltersType0  # noqa: E402
from ..models.response_file_search_tool_ranking_options import ResponseFileSearchToolRankingOptions  # noqa: E402
