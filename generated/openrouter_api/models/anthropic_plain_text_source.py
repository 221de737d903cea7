from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class AnthropicPlainTextSource(_Model):
    """
    Attributes:
        type (Literal['text']):
        media_type (Literal['text/plain']):
        data (str):
    """

    __slots__ = (
        "type",
        "media_type",
        "data",
        "additional_properties",
    )

    type: Literal["text"]
    media_type: Literal["text/plain"]
    data: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["text"],
        media_type: Literal["text/plain"],
        data: str,
    ) -> None:
        self.type = type
        self.media_type = media_type
        self.data = data
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        media_type = self.media_type

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "media_type": media_type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["text"]', d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        media_type = cast('Literal["text/plain"]', d.pop("media_type"))
        if media_type != "text/plain":
            raise ValueError(f"media_type must match const 'text/plain', got '{media_type}'")

        data = d.pop("data")

        anthropic_plain_text_source = cls(
            type=type_,
            media_type=media_type,
            data=data,
        )

        anthropic_plain_text_source.additional_properties = d
        return anthropic_plain_text_source

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
