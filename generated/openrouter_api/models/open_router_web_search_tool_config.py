from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_router_web_search_tool_config_engine import OpenRouterWebSearchToolConfigEngine
from ..models.open_router_web_search_tool_config_mode import OpenRouterWebSearchToolConfigMode
from ..models.open_router_web_search_tool_config_search_context_size import (
    OpenRouterWebSearchToolConfigSearchContextSize,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenRouterWebSearchToolConfig")


@_attrs_define
class OpenRouterWebSearchToolConfig:
    """
    Attributes:
        engine (OpenRouterWebSearchToolConfigEngine | Unset):
        mode (OpenRouterWebSearchToolConfigMode | Unset):
        max_results (int | Unset):
        max_total_results (int | Unset):
        max_uses (int | Unset):
        max_characters (int | Unset):
        search_context_size (OpenRouterWebSearchToolConfigSearchContextSize | Unset):
        allowed_domains (list[str] | Unset):
        excluded_domains (list[str] | Unset):
        user_location (WebSearchUserLocation | Unset): Approximate location used to bias search results.
        x_search (XSearchOptions | Unset): Also search X (Twitter) on xAI endpoints with native search; billed by xAI.
    """

    engine: OpenRouterWebSearchToolConfigEngine | Unset = UNSET
    mode: OpenRouterWebSearchToolConfigMode | Unset = UNSET
    max_results: int | Unset = UNSET
    max_total_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    max_characters: int | Unset = UNSET
    search_context_size: OpenRouterWebSearchToolConfigSearchContextSize | Unset = UNSET
    allowed_domains: list[str] | Unset = UNSET
    excluded_domains: list[str] | Unset = UNSET
    user_location: WebSearchUserLocation | Unset = UNSET
    x_search: XSearchOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        max_results = self.max_results

        max_total_results = self.max_total_results

        max_uses = self.max_uses

        max_characters = self.max_characters

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size.value

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        excluded_domains: list[str] | Unset = UNSET
        if not isinstance(self.excluded_domains, Unset):
            excluded_domains = self.excluded_domains

        user_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_location, Unset):
            user_location = self.user_location.to_dict()

        x_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.x_search, Unset):
            x_search = self.x_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine
        if mode is not UNSET:
            field_dict["mode"] = mode
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_total_results is not UNSET:
            field_dict["max_total_results"] = max_total_results
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if max_characters is not UNSET:
            field_dict["max_characters"] = max_characters
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if excluded_domains is not UNSET:
            field_dict["excluded_domains"] = excluded_domains
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if x_search is not UNSET:
            field_dict["x_search"] = x_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _engine = d.pop("engine", UNSET)
        engine: OpenRouterWebSearchToolConfigEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = OpenRouterWebSearchToolConfigEngine._parse(_engine)

        _mode = d.pop("mode", UNSET)
        mode: OpenRouterWebSearchToolConfigMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = OpenRouterWebSearchToolConfigMode._parse(_mode)

        max_results = d.pop("max_results", UNSET)

        max_total_results = d.pop("max_total_results", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        max_characters = d.pop("max_characters", UNSET)

        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: OpenRouterWebSearchToolConfigSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = OpenRouterWebSearchToolConfigSearchContextSize._parse(
                _search_context_size
            )

        allowed_domains = cast("list[str]", d.pop("allowed_domains", UNSET))

        excluded_domains = cast("list[str]", d.pop("excluded_domains", UNSET))

        _user_location = d.pop("user_location", UNSET)
        user_location: WebSearchUserLocation | Unset
        if isinstance(_user_location, Unset):
            user_location = UNSET
        else:
            user_location = WebSearchUserLocation.from_dict(_user_location)

        _x_search = d.pop("x_search", UNSET)
        x_search: XSearchOptions | Unset
        if isinstance(_x_search, Unset):
            x_search = UNSET
        else:
            x_search = XSearchOptions.from_dict(_x_search)

        open_router_web_search_tool_config = cls(
            engine=engine,
            mode=mode,
            max_results=max_results,
            max_total_results=max_total_results,
            max_uses=max_uses,
            max_characters=max_characters,
            search_context_size=search_context_size,
            allowed_domains=allowed_domains,
            excluded_domains=excluded_domains,
            user_location=user_location,
            x_search=x_search,
        )

        open_router_web_search_tool_config.additional_properties = d
        return open_router_web_search_tool_config

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
from ..models.web_search_user_location import WebSearchUserLocation  # noqa: E402
from ..models.x_search_options import XSearchOptions  # noqa: E402
