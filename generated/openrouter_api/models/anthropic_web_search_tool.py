from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.anthropic_web_search_tool_type import AnthropicWebSearchToolType
from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicWebSearchTool(_Model):
    """Anthropic's web search server tool.

    Attributes:
        type (AnthropicWebSearchToolType):
        name (Literal['web_search']):
        max_uses (int | None | Unset):
        allowed_domains (list[str] | None | Unset):
        blocked_domains (list[str] | None | Unset):
        user_location (None | Unset | WebSearchUserLocation):
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
    """

    __slots__ = (
        "type",
        "name",
        "max_uses",
        "allowed_domains",
        "blocked_domains",
        "user_location",
        "cache_control",
        "additional_properties",
    )

    type: AnthropicWebSearchToolType
    name: Literal["web_search"]
    max_uses: int | None | Unset
    allowed_domains: list[str] | None | Unset
    blocked_domains: list[str] | None | Unset
    user_location: None | Unset | WebSearchUserLocation
    cache_control: CacheControl | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: AnthropicWebSearchToolType,
        name: Literal["web_search"],
        max_uses: int | None | Unset = UNSET,
        allowed_domains: list[str] | None | Unset = UNSET,
        blocked_domains: list[str] | None | Unset = UNSET,
        user_location: None | Unset | WebSearchUserLocation = UNSET,
        cache_control: CacheControl | Unset = UNSET,
    ) -> None:
        self.type = type
        self.name = name
        self.max_uses = max_uses
        self.allowed_domains = allowed_domains
        self.blocked_domains = blocked_domains
        self.user_location = user_location
        self.cache_control = cache_control
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type.value

        name = self.name

        max_uses: int | None | Unset
        if isinstance(self.max_uses, Unset):
            max_uses = UNSET
        else:
            max_uses = self.max_uses

        allowed_domains: list[str] | None | Unset
        if isinstance(self.allowed_domains, Unset):
            allowed_domains = UNSET
        elif isinstance(self.allowed_domains, list):
            allowed_domains = self.allowed_domains

        else:
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | None | Unset
        if isinstance(self.blocked_domains, Unset):
            blocked_domains = UNSET
        elif isinstance(self.blocked_domains, list):
            blocked_domains = self.blocked_domains

        else:
            blocked_domains = self.blocked_domains

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, WebSearchUserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = AnthropicWebSearchToolType._parse(d.pop("type"))

        name = cast('Literal["web_search"]', d.pop("name"))
        if name != "web_search":
            raise ValueError(f"name must match const 'web_search', got '{name}'")

        max_uses = cast("int | None | Unset", d.pop("max_uses", UNSET))

        def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_domains_type_0 = cast("list[str]", data)

                return allowed_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        allowed_domains = _parse_allowed_domains(d.pop("allowed_domains", UNSET))

        def _parse_blocked_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blocked_domains_type_0 = cast("list[str]", data)

                return blocked_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        blocked_domains = _parse_blocked_domains(d.pop("blocked_domains", UNSET))

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

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        anthropic_web_search_tool = cls(
            type=type_,
            name=name,
            max_uses=max_uses,
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            user_location=user_location,
            cache_control=cache_control,
        )

        anthropic_web_search_tool.additional_properties = d
        return anthropic_web_search_tool

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
from ..models.cache_control import CacheControl  # noqa: E402
from ..models.web_search_user_location import WebSearchUserLocation  # noqa: E402
