from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class AnthropicUrlSource(_Model):
    """
    Attributes:
        type (Literal['url']):
        url (str):
    """

    __slots__ = (
        "type",
        "url",
        "additional_properties",
    )

    type: Literal["url"]
    url: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["url"],
        url: str,
    ) -> None:
        self.type = type
        self.url = url
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["url"]', d.pop("type"))
        if type_ != "url":
            raise ValueError(f"type must match const 'url', got '{type_}'")

        url = d.pop("url")

        anthropic_url_source = cls(
            type=type_,
            url=url,
        )

        anthropic_url_source.additional_properties = d
        return anthropic_url_source

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
