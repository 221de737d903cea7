from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.video_url_processing_known import VideoUrlProcessingKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class VideoUrl(_Model):
    """
    Attributes:
        url (str): A video URL or `data:video/mp4;base64,` URL; which URLs work depends on the provider.
        processing (str | Unset | VideoUrlProcessingKnown): Video processing mode on providers that offer one (currently
            Google Gemini).
    """

    __slots__ = (
        "url",
        "processing",
        "additional_properties",
    )

    url: str
    processing: str | Unset | VideoUrlProcessingKnown
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
        processing: str | Unset | VideoUrlProcessingKnown = UNSET,
    ) -> None:
        self.url = url
        self.processing = processing
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        processing: str | Unset
        if isinstance(self.processing, Unset):
            processing = UNSET
        elif isinstance(self.processing, VideoUrlProcessingKnown):
            processing = self.processing.value
        else:
            processing = self.processing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if processing is not UNSET:
            field_dict["processing"] = processing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        def _parse_processing(data: object) -> str | Unset | VideoUrlProcessingKnown:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_processing_known = VideoUrlProcessingKnown._parse(data)

                return processing_processing_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | Unset | VideoUrlProcessingKnown", data)

        processing = _parse_processing(d.pop("processing", UNSET))

        video_url = cls(
            url=url,
            processing=processing,
        )

        video_url.additional_properties = d
        return video_url

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
