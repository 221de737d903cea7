from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_input_video_processing import ResponseInputVideoProcessing
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseInputVideo")


@_attrs_define
class ResponseInputVideo:
    """
    Attributes:
        type_ (Literal['input_video']):
        video_url (str): An https URL or base64 data URL of the video.
        processing (ResponseInputVideoProcessing | Unset):
    """

    type_: Literal["input_video"]
    video_url: str
    processing: ResponseInputVideoProcessing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        video_url = self.video_url

        processing: str | Unset = UNSET
        if not isinstance(self.processing, Unset):
            processing = self.processing.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "video_url": video_url,
            }
        )
        if processing is not UNSET:
            field_dict["processing"] = processing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["input_video"]', d.pop("type"))
        if type_ != "input_video":
            raise ValueError(f"type must match const 'input_video', got '{type_}'")

        video_url = d.pop("video_url")

        _processing = d.pop("processing", UNSET)
        processing: ResponseInputVideoProcessing | Unset
        if isinstance(_processing, Unset):
            processing = UNSET
        else:
            processing = ResponseInputVideoProcessing._parse(_processing)

        response_input_video = cls(
            type_=type_,
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
