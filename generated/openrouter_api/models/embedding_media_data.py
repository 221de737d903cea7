from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class EmbeddingMediaData(_Model):
    """Inline media for an embedding input.

    Attributes:
        data (str): The media as base64 (or a data URL / URL where the model accepts one).
        format (str | Unset): The media format, for example `mp3`, `wav`, `mp4` or `pdf`.
    """

    __slots__ = (
        "data",
        "format",
        "additional_properties",
    )

    data: str
    format: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: str,
        format: str | Unset = UNSET,
    ) -> None:
        self.data = data
        self.format = format
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        format_ = self.format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data")

        format_ = d.pop("format", UNSET)

        embedding_media_data = cls(
            data=data,
            format=format_,
        )

        embedding_media_data.additional_properties = d
        return embedding_media_data

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
