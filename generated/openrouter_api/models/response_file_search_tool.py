from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseFileSearchTool(_ReadModel):
    """
    Attributes:
        type (Literal['file_search']):
        vector_store_ids (list[str]):
        max_num_results (int | None):
        filters (None | ResponseFileSearchToolFiltersType0): Comparison or compound attribute filter.
        ranking_options (ResponseFileSearchToolRankingOptions | None): `ranker` (`auto` or `default-2024-11-15`) and
            `score_threshold`.
    """

    __slots__ = (
        "type",
        "vector_store_ids",
        "max_num_results",
        "filters",
        "ranking_options",
        "additional_properties",
    )

    type: Literal["file_search"]
    vector_store_ids: list[str]
    max_num_results: int | None
    filters: None | ResponseFileSearchToolFiltersType0
    ranking_options: ResponseFileSearchToolRankingOptions | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["file_search"],
        vector_store_ids: list[str],
        max_num_results: int | None = None,
        filters: None | ResponseFileSearchToolFiltersType0 = None,
        ranking_options: ResponseFileSearchToolRankingOptions | None = None,
    ) -> None:
        self.type = type
        self.vector_store_ids = vector_store_ids
        self.max_num_results = max_num_results
        self.filters = filters
        self.ranking_options = ranking_options
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['file_search']"),
        ("vector_store_ids", "vector_store_ids", True, "list[str]"),
        ("max_num_results", "max_num_results", False, "int"),
        ("filters", "filters", False, "None | ResponseFileSearchToolFiltersType0"),
        ("ranking_options", "ranking_options", False, "ResponseFileSearchToolRankingOptions"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.vector_store_ids = _json_get_("vector_store_ids")
        _new_model_.max_num_results = _json_get_("max_num_results")
        _filters = _json_get_("filters")
        filters: Any = (
            ResponseFileSearchToolFiltersType0.from_dict(_filters)
            if isinstance(_filters, dict)
            else _filters
        )
        _new_model_.filters = filters
        _ranking_options = _json_get_("ranking_options")
        ranking_options: Any = (
            ResponseFileSearchToolRankingOptions.from_dict(_ranking_options)
            if isinstance(_ranking_options, dict)
            else _ranking_options
        )
        _new_model_.ranking_options = ranking_options
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
        "type",
        "vector_store_ids",
        "max_num_results",
        "filters",
        "ranking_options",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_file_search_tool_filters_type_0 import ResponseFileSearchToolFiltersType0  # noqa: E402
    from ..models.response_file_search_tool_ranking_options import (
        ResponseFileSearchToolRankingOptions,  # noqa: E402
    )
else:
    ResponseFileSearchToolFiltersType0 = _Deferred_(
        globals(),
        "..models.response_file_search_tool_filters_type_0",
        "ResponseFileSearchToolFiltersType0",
    )
    ResponseFileSearchToolRankingOptions = _Deferred_(
        globals(),
        "..models.response_file_search_tool_ranking_options",
        "ResponseFileSearchToolRankingOptions",
    )
