from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.response_input_video_processing import ResponseInputVideoProcessing
from ..types import ReadModel as _ReadModel


class ResponseInputVideo(_ReadModel):
    """
    Attributes:
        type (Literal['input_video']):
        video_url (str): An https URL or base64 data URL of the video.
        processing (ResponseInputVideoProcessing | None):
    """

    __slots__ = (
        "type",
        "video_url",
        "processing",
        "additional_properties",
    )

    type: Literal["input_video"]
    video_url: str
    processing: ResponseInputVideoProcessing | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["input_video"],
        video_url: str,
        processing: ResponseInputVideoProcessing | None = None,
    ) -> None:
        self.type = type
        self.video_url = video_url
        self.processing = processing
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['input_video']"),
        ("video_url", "video_url", True, "str"),
        ("processing", "processing", False, "ResponseInputVideoProcessing"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        video_url = d.pop("video_url", None)
        _processing = d.pop("processing", None)
        processing: Any = (
            ResponseInputVideoProcessing._value2member_map_.get(_processing, _processing)
            if isinstance(_processing, str)
            else _processing
        )
        response_input_video = cls(
            type=type_,
            video_url=video_url,
            processing=processing,
        )
        response_input_video.additional_properties = d
        return response_input_video

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
