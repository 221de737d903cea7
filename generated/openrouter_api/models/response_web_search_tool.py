from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_web_search_tool_engine import ResponseWebSearchToolEngine
from ..models.response_web_search_tool_mode import ResponseWebSearchToolMode
from ..models.response_web_search_tool_search_context_size import (
    ResponseWebSearchToolSearchContextSize,
)
from ..models.response_web_search_tool_type import ResponseWebSearchToolType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseWebSearchTool")


@_attrs_define
class ResponseWebSearchTool:
    """OpenAI-style web search tool (all four dated `type` names share this shape).

    Attributes:
        type_ (ResponseWebSearchToolType):
        engine (ResponseWebSearchToolEngine | Unset):
        mode (ResponseWebSearchToolMode | Unset):
        max_results (int | Unset):
        max_uses (int | Unset):
        search_context_size (ResponseWebSearchToolSearchContextSize | Unset):
        filters (None | Unset | WebSearchDomainFilter):
        user_location (None | Unset | WebSearchUserLocation):
        x_search (XSearchOptions | Unset): Also search X (Twitter) on xAI endpoints with native search; billed by xAI.
    """

    type_: ResponseWebSearchToolType
    engine: ResponseWebSearchToolEngine | Unset = UNSET
    mode: ResponseWebSearchToolMode | Unset = UNSET
    max_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    search_context_size: ResponseWebSearchToolSearchContextSize | Unset = UNSET
    filters: None | Unset | WebSearchDomainFilter = UNSET
    user_location: None | Unset | WebSearchUserLocation = UNSET
    x_search: XSearchOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        max_results = self.max_results

        max_uses = self.max_uses

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size.value

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, WebSearchDomainFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, WebSearchUserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        x_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.x_search, Unset):
            x_search = self.x_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if engine is not UNSET:
            field_dict["engine"] = engine
        if mode is not UNSET:
            field_dict["mode"] = mode
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if filters is not UNSET:
            field_dict["filters"] = filters
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if x_search is not UNSET:
            field_dict["x_search"] = x_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ResponseWebSearchToolType._parse(d.pop("type"))

        _engine = d.pop("engine", UNSET)
        engine: ResponseWebSearchToolEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = ResponseWebSearchToolEngine._parse(_engine)

        _mode = d.pop("mode", UNSET)
        mode: ResponseWebSearchToolMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ResponseWebSearchToolMode._parse(_mode)

        max_results = d.pop("max_results", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: ResponseWebSearchToolSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = ResponseWebSearchToolSearchContextSize._parse(
                _search_context_size
            )

        def _parse_filters(data: object) -> None | Unset | WebSearchDomainFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = WebSearchDomainFilter.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | WebSearchDomainFilter", data)

        filters = _parse_filters(d.pop("filters", UNSET))

        def _parse_user_location(data: object) -> None | Unset | WebSearchUserLocation:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = WebSearchUserLocation.from_dict(data)

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | WebSearchUserLocation", data)

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        _x_search = d.pop("x_search", UNSET)
        x_search: XSearchOptions | Unset
        if isinstance(_x_search, Unset):
            x_search = UNSET
        else:
            x_search = XSearchOptions.from_dict(_x_search)

        response_web_search_tool = cls(
            type_=type_,
            engine=engine,
            mode=mode,
            max_results=max_results,
            max_uses=max_uses,
            search_context_size=search_context_size,
            filters=filters,
            user_location=user_location,
            x_search=x_search,
        )

        response_web_search_tool.additional_properties = d
        return response_web_search_tool

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
from ..models.web_search_domain_filter import WebSearchDomainFilter  # noqa: E402
from ..models.web_search_user_location import WebSearchUserLocation  # noqa: E402
from ..models.x_search_options import XSearchOptions  # noqa: E402
