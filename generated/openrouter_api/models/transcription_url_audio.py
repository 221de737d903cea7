from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class TranscriptionUrlAudio(_Model):
    """
    Attributes:
        url (str): Public http(s) URL the provider downloads itself (no inline size limit; not every provider supports
            it).
        format (str | Unset): Audio format; taken from the URL's extension when omitted.
    """

    __slots__ = (
        "url",
        "format",
        "additional_properties",
    )

    url: str
    format: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
        format: str | Unset = UNSET,
    ) -> None:
        self.url = url
        self.format = format
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        format_ = self.format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        format_ = d.pop("format", UNSET)

        transcription_url_audio = cls(
            url=url,
            format=format_,
        )

        transcription_url_audio.additional_properties = d
        return transcription_url_audio

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
