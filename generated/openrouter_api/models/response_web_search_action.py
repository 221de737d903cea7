from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseWebSearchAction")


@_attrs_define
class ResponseWebSearchAction:
    """What the search step did (`search`, `open_page` or `find_in_page`).

    Attributes:
        type_ (str):
        query (str | Unset):
        queries (list[str] | Unset):
        sources (list[ResponseWebSearchActionSourcesItem] | Unset):
        url (None | str | Unset):
        pattern (str | Unset):
    """

    type_: str
    query: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    sources: list[ResponseWebSearchActionSourcesItem] | Unset = UNSET
    url: None | str | Unset = UNSET
    pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        query = self.query

        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if queries is not UNSET:
            field_dict["queries"] = queries
        if sources is not UNSET:
            field_dict["sources"] = sources
        if url is not UNSET:
            field_dict["url"] = url
        if pattern is not UNSET:
            field_dict["pattern"] = pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        query = d.pop("query", UNSET)

        queries = cast("list[str]", d.pop("queries", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[ResponseWebSearchActionSourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = ResponseWebSearchActionSourcesItem.from_dict(sources_item_data)

                sources.append(sources_item)

        url = cast("None | str | Unset", d.pop("url", UNSET))

        pattern = d.pop("pattern", UNSET)

        response_web_search_action = cls(
            type_=type_,
            query=query,
            queries=queries,
            sources=sources,
            url=url,
            pattern=pattern,
        )

        response_web_search_action.additional_properties = d
        return response_web_search_action

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
from ..models.response_web_search_action_sources_item import ResponseWebSearchActionSourcesItem  # noqa: E402
