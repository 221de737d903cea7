from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class SpeechReferenceAudioSource(_Model):
    """Give exactly one of `data` and `url`.

    Attributes:
        data (str | Unset): Base64 audio (a data URI is accepted), up to 20 MiB of base64.
        url (str | Unset): Public http(s) URL; OpenRouter fetches it (15 MiB max) and forwards the bytes.
        format (str | Unset): Audio format such as `wav` or `mp3`; usually detected from the bytes.
    """

    __slots__ = (
        "data",
        "url",
        "format",
        "additional_properties",
    )

    data: str | Unset
    url: str | Unset
    format: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: str | Unset = UNSET,
        url: str | Unset = UNSET,
        format: str | Unset = UNSET,
    ) -> None:
        self.data = data
        self.url = url
        self.format = format
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        url = self.url

        format_ = self.format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data", UNSET)

        url = d.pop("url", UNSET)

        format_ = d.pop("format", UNSET)

        speech_reference_audio_source = cls(
            data=data,
            url=url,
            format=format_,
        )

        speech_reference_audio_source.additional_properties = d
        return speech_reference_audio_source

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
