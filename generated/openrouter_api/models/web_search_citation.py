from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchCitation")


@_attrs_define
class WebSearchCitation:
    """
    Attributes:
        url (str):
        title (None | str | Unset):
        cited_text (str | Unset):
        encrypted_index (str | Unset):
    """

    url: str
    title: None | str | Unset = UNSET
    cited_text: str | Unset = UNSET
    encrypted_index: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        cited_text = self.cited_text

        encrypted_index = self.encrypted_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if cited_text is not UNSET:
            field_dict["cited_text"] = cited_text
        if encrypted_index is not UNSET:
            field_dict["encrypted_index"] = encrypted_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        title = cast("None | str | Unset", d.pop("title", UNSET))

        cited_text = d.pop("cited_text", UNSET)

        encrypted_index = d.pop("encrypted_index", UNSET)

        web_search_citation = cls(
            url=url,
            title=title,
            cited_text=cited_text,
            encrypted_index=encrypted_index,
        )

        web_search_citation.additional_properties = d
        return web_search_citation

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
