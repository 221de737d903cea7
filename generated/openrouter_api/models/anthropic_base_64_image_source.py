from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.anthropic_base_64_image_source_media_type_known import (
    AnthropicBase64ImageSourceMediaTypeKnown,
)
from ..types import Model as _Model


class AnthropicBase64ImageSource(_Model):
    """
    Attributes:
        type (Literal['base64']):
        media_type (AnthropicBase64ImageSourceMediaTypeKnown | str):
        data (str):
    """

    __slots__ = (
        "type",
        "media_type",
        "data",
        "additional_properties",
    )

    type: Literal["base64"]
    media_type: AnthropicBase64ImageSourceMediaTypeKnown | str
    data: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["base64"],
        media_type: AnthropicBase64ImageSourceMediaTypeKnown | str,
        data: str,
    ) -> None:
        self.type = type
        self.media_type = media_type
        self.data = data
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        media_type: str
        if isinstance(self.media_type, AnthropicBase64ImageSourceMediaTypeKnown):
            media_type = self.media_type.value
        else:
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
        type_ = cast('Literal["base64"]', d.pop("type"))
        if type_ != "base64":
            raise ValueError(f"type must match const 'base64', got '{type_}'")

        def _parse_media_type(data: object) -> AnthropicBase64ImageSourceMediaTypeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                media_type_media_type_known = AnthropicBase64ImageSourceMediaTypeKnown._parse(data)

                return media_type_media_type_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicBase64ImageSourceMediaTypeKnown | str", data)

        media_type = _parse_media_type(d.pop("media_type"))

        data = d.pop("data")

        anthropic_base_64_image_source = cls(
            type=type_,
            media_type=media_type,
            data=data,
        )

        anthropic_base_64_image_source.additional_properties = d
        return anthropic_base_64_image_source

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
