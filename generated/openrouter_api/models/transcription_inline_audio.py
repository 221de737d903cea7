from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class TranscriptionInlineAudio(_Model):
    """
    Attributes:
        data (str): Raw base64 of the audio bytes (not a data URI).
        format (str): Audio format such as `wav`, `mp3`, `flac`, `m4a`, `ogg`, `webm`, `aac` or `pcm` (16 kHz mono
            s16le).
    """

    __slots__ = (
        "data",
        "format",
        "additional_properties",
    )

    data: str
    format: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: str,
        format: str,
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
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data")

        format_ = d.pop("format")

        transcription_inline_audio = cls(
            data=data,
            format=format_,
        )

        transcription_inline_audio.additional_properties = d
        return transcription_inline_audio

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
