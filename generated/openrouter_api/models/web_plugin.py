from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.web_plugin_engine_known import WebPluginEngineKnown
from ..models.web_plugin_mode_known import WebPluginModeKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class WebPlugin(_Model):
    """Adds web search results to the prompt.

    Attributes:
        id (Literal['web']):
        enabled (bool | Unset): False switches the plugin off for this request.
        engine (str | Unset | WebPluginEngineKnown): Search engine; without it the provider's native search is used when
            available, else Exa.
        max_results (int | Unset):
        max_uses (int | Unset): How often the model may search in one turn (passed to providers that support it).
        search_prompt (str | Unset): Text that introduces the search results in the prompt.
        include_domains (list[str] | Unset): Restrict results to these domains (wildcards and paths allowed).
        exclude_domains (list[str] | Unset): Leave out results from these domains (wildcards and paths allowed).
        mode (str | Unset | WebPluginModeKnown): Engine-specific search mode; modes the engine does not know are
            ignored.
        user_location (None | Unset | WebSearchUserLocation):
        x_search (XSearchOptions | Unset): Also search X (Twitter) on xAI endpoints with native search; billed by xAI.
    """

    __slots__ = (
        "id",
        "enabled",
        "engine",
        "max_results",
        "max_uses",
        "search_prompt",
        "include_domains",
        "exclude_domains",
        "mode",
        "user_location",
        "x_search",
        "additional_properties",
    )

    id: Literal["web"]
    enabled: bool | Unset
    engine: str | Unset | WebPluginEngineKnown
    max_results: int | Unset
    max_uses: int | Unset
    search_prompt: str | Unset
    include_domains: list[str] | Unset
    exclude_domains: list[str] | Unset
    mode: str | Unset | WebPluginModeKnown
    user_location: None | Unset | WebSearchUserLocation
    x_search: XSearchOptions | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: Literal["web"],
        enabled: bool | Unset = UNSET,
        engine: str | Unset | WebPluginEngineKnown = UNSET,
        max_results: int | Unset = UNSET,
        max_uses: int | Unset = UNSET,
        search_prompt: str | Unset = UNSET,
        include_domains: list[str] | Unset = UNSET,
        exclude_domains: list[str] | Unset = UNSET,
        mode: str | Unset | WebPluginModeKnown = UNSET,
        user_location: None | Unset | WebSearchUserLocation = UNSET,
        x_search: XSearchOptions | Unset = UNSET,
    ) -> None:
        self.id = id
        self.enabled = enabled
        self.engine = engine
        self.max_results = max_results
        self.max_uses = max_uses
        self.search_prompt = search_prompt
        self.include_domains = include_domains
        self.exclude_domains = exclude_domains
        self.mode = mode
        self.user_location = user_location
        self.x_search = x_search
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enabled = self.enabled

        engine: str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, WebPluginEngineKnown):
            engine = self.engine.value
        else:
            engine = self.engine

        max_results = self.max_results

        max_uses = self.max_uses

        search_prompt = self.search_prompt

        include_domains: list[str] | Unset = UNSET
        if not isinstance(self.include_domains, Unset):
            include_domains = self.include_domains

        exclude_domains: list[str] | Unset = UNSET
        if not isinstance(self.exclude_domains, Unset):
            exclude_domains = self.exclude_domains

        mode: str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, WebPluginModeKnown):
            mode = self.mode.value
        else:
            mode = self.mode

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
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if engine is not UNSET:
            field_dict["engine"] = engine
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if search_prompt is not UNSET:
            field_dict["search_prompt"] = search_prompt
        if include_domains is not UNSET:
            field_dict["include_domains"] = include_domains
        if exclude_domains is not UNSET:
            field_dict["exclude_domains"] = exclude_domains
        if mode is not UNSET:
            field_dict["mode"] = mode
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if x_search is not UNSET:
            field_dict["x_search"] = x_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast('Literal["web"]', d.pop("id"))
        if id != "web":
            raise ValueError(f"id must match const 'web', got '{id}'")

        enabled = d.pop("enabled", UNSET)

        def _parse_engine(data: object) -> str | Unset | WebPluginEngineKnown:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                engine_engine_known = WebPluginEngineKnown._parse(data)

                return engine_engine_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | Unset | WebPluginEngineKnown", data)

        engine = _parse_engine(d.pop("engine", UNSET))

        max_results = d.pop("max_results", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        search_prompt = d.pop("search_prompt", UNSET)

        include_domains = cast("list[str]", d.pop("include_domains", UNSET))

        exclude_domains = cast("list[str]", d.pop("exclude_domains", UNSET))

        def _parse_mode(data: object) -> str | Unset | WebPluginModeKnown:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_mode_known = WebPluginModeKnown._parse(data)

                return mode_mode_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | Unset | WebPluginModeKnown", data)

        mode = _parse_mode(d.pop("mode", UNSET))

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

        web_plugin = cls(
            id=id,
            enabled=enabled,
            engine=engine,
            max_results=max_results,
            max_uses=max_uses,
            search_prompt=search_prompt,
            include_domains=include_domains,
            exclude_domains=exclude_domains,
            mode=mode,
            user_location=user_location,
            x_search=x_search,
        )

        web_plugin.additional_properties = d
        return web_plugin

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
