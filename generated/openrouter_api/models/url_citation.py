from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlCitation")


@_attrs_define
class UrlCitation:
    """
    Attributes:
        url (str):
        title (str | Unset):
        content (str | Unset): The cited text, when available.
        start_index (int | Unset): First character of the cited span in the message content.
        end_index (int | Unset): Character after the cited span.
    """

    url: str
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        title = self.title

        content = self.content

        start_index = self.start_index

        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        start_index = d.pop("start_index", UNSET)

        end_index = d.pop("end_index", UNSET)

        url_citation = cls(
            url=url,
            title=title,
            content=content,
            start_index=start_index,
            end_index=end_index,
        )

        url_citation.additional_properties = d
        return url_citation

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
