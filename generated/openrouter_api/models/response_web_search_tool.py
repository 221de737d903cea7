from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.response_web_search_tool_engine_known import ResponseWebSearchToolEngineKnown
from ..models.response_web_search_tool_mode_known import ResponseWebSearchToolModeKnown
from ..models.response_web_search_tool_search_context_size_known import (
    ResponseWebSearchToolSearchContextSizeKnown,
)
from ..models.response_web_search_tool_type import ResponseWebSearchToolType
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseWebSearchTool(_ReadModel):
    """OpenAI-style web search tool (all four dated `type` names share this shape).

    Attributes:
        type (ResponseWebSearchToolType):
        engine (ResponseWebSearchToolEngineKnown | str | None):
        mode (ResponseWebSearchToolModeKnown | str | None):
        max_results (int | None):
        max_uses (int | None):
        search_context_size (ResponseWebSearchToolSearchContextSizeKnown | str | None):
        filters (None | WebSearchDomainFilter):
        user_location (None | WebSearchUserLocation):
        x_search (XSearchOptions | None): Also search X (Twitter) on xAI endpoints with native search; billed by xAI.
    """

    __slots__ = (
        "type",
        "engine",
        "mode",
        "max_results",
        "max_uses",
        "search_context_size",
        "filters",
        "user_location",
        "x_search",
        "additional_properties",
    )

    type: ResponseWebSearchToolType
    engine: ResponseWebSearchToolEngineKnown | str | None
    mode: ResponseWebSearchToolModeKnown | str | None
    max_results: int | None
    max_uses: int | None
    search_context_size: ResponseWebSearchToolSearchContextSizeKnown | str | None
    filters: None | WebSearchDomainFilter
    user_location: None | WebSearchUserLocation
    x_search: XSearchOptions | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: ResponseWebSearchToolType,
        engine: ResponseWebSearchToolEngineKnown | str | None = None,
        mode: ResponseWebSearchToolModeKnown | str | None = None,
        max_results: int | None = None,
        max_uses: int | None = None,
        search_context_size: ResponseWebSearchToolSearchContextSizeKnown | str | None = None,
        filters: None | WebSearchDomainFilter = None,
        user_location: None | WebSearchUserLocation = None,
        x_search: XSearchOptions | None = None,
    ) -> None:
        self.type = type
        self.engine = engine
        self.mode = mode
        self.max_results = max_results
        self.max_uses = max_uses
        self.search_context_size = search_context_size
        self.filters = filters
        self.user_location = user_location
        self.x_search = x_search
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "ResponseWebSearchToolType"),
        ("engine", "engine", False, "ResponseWebSearchToolEngineKnown | str"),
        ("mode", "mode", False, "ResponseWebSearchToolModeKnown | str"),
        ("max_results", "max_results", False, "int"),
        ("max_uses", "max_uses", False, "int"),
        (
            "search_context_size",
            "search_context_size",
            False,
            "ResponseWebSearchToolSearchContextSizeKnown | str",
        ),
        ("filters", "filters", False, "None | WebSearchDomainFilter"),
        ("user_location", "user_location", False, "None | WebSearchUserLocation"),
        ("x_search", "x_search", False, "XSearchOptions"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _type_ = _json_get_("type")
        type_: Any = (
            ResponseWebSearchToolType._value2member_map_.get(_type_, _type_)
            if isinstance(_type_, str)
            else _type_
        )
        _new_model_.type = type_
        _engine = _json_get_("engine")
        engine: Any = (
            ResponseWebSearchToolEngineKnown._value2member_map_.get(_engine, _engine)
            if isinstance(_engine, str)
            else _engine
        )
        _new_model_.engine = engine
        _mode = _json_get_("mode")
        mode: Any = (
            ResponseWebSearchToolModeKnown._value2member_map_.get(_mode, _mode)
            if isinstance(_mode, str)
            else _mode
        )
        _new_model_.mode = mode
        _new_model_.max_results = _json_get_("max_results")
        _new_model_.max_uses = _json_get_("max_uses")
        _search_context_size = _json_get_("search_context_size")
        search_context_size: Any = (
            ResponseWebSearchToolSearchContextSizeKnown._value2member_map_.get(
                _search_context_size, _search_context_size
            )
            if isinstance(_search_context_size, str)
            else _search_context_size
        )
        _new_model_.search_context_size = search_context_size
        _filters = _json_get_("filters")
        filters: Any = (
            WebSearchDomainFilter.from_dict(_filters) if isinstance(_filters, dict) else _filters
        )
        _new_model_.filters = filters
        _user_location = _json_get_("user_location")
        user_location: Any = (
            WebSearchUserLocation.from_dict(_user_location)
            if isinstance(_user_location, dict)
            else _user_location
        )
        _new_model_.user_location = user_location
        _x_search = _json_get_("x_search")
        x_search: Any = (
            XSearchOptions.from_dict(_x_search) if isinstance(_x_search, dict) else _x_search
        )
        _new_model_.x_search = x_search
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
        "engine",
        "mode",
        "max_results",
        "max_uses",
        "search_context_size",
        "filters",
        "user_location",
        "x_search",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.web_search_domain_filter import WebSearchDomainFilter  # noqa: E402
    from ..models.web_search_user_location import WebSearchUserLocation  # noqa: E402
    from ..models.x_search_options import XSearchOptions  # noqa: E402
else:
    WebSearchDomainFilter = _Deferred_(
        globals(), "..models.web_search_domain_filter", "WebSearchDomainFilter"
    )
    WebSearchUserLocation = _Deferred_(
        globals(), "..models.web_search_user_location", "WebSearchUserLocation"
    )
    XSearchOptions = _Deferred_(globals(), "..models.x_search_options", "XSearchOptions")
