from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.web_search_options_search_context_size_known import (
    WebSearchOptionsSearchContextSizeKnown,
)
from ..types import UNSET, Unset
from ..types import Model as _Model


class WebSearchOptions(_Model):
    """OpenAI-style web search settings for models with built-in search.

    Attributes:
        search_context_size (str | Unset | WebSearchOptionsSearchContextSizeKnown): How much retrieved context to give
            the model.
        user_location (Any | Unset): Approximate user location (an object) used to bias results.
    """

    __slots__ = (
        "search_context_size",
        "user_location",
        "additional_properties",
    )

    search_context_size: str | Unset | WebSearchOptionsSearchContextSizeKnown
    user_location: Any | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        search_context_size: str | Unset | WebSearchOptionsSearchContextSizeKnown = UNSET,
        user_location: Any | Unset = UNSET,
    ) -> None:
        self.search_context_size = search_context_size
        self.user_location = user_location
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        search_context_size: str | Unset
        if isinstance(self.search_context_size, Unset):
            search_context_size = UNSET
        elif isinstance(self.search_context_size, WebSearchOptionsSearchContextSizeKnown):
            search_context_size = self.search_context_size.value
        else:
            search_context_size = self.search_context_size

        user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_search_context_size(
            data: object,
        ) -> str | Unset | WebSearchOptionsSearchContextSizeKnown:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                search_context_size_search_context_size_known = (
                    WebSearchOptionsSearchContextSizeKnown._parse(data)
                )

                return search_context_size_search_context_size_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | Unset | WebSearchOptionsSearchContextSizeKnown", data)

        search_context_size = _parse_search_context_size(d.pop("search_context_size", UNSET))

        user_location = d.pop("user_location", UNSET)

        web_search_options = cls(
            search_context_size=search_context_size,
            user_location=user_location,
        )

        web_search_options.additional_properties = d
        return web_search_options

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
