from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.response_input_video_processing_known import ResponseInputVideoProcessingKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseInputVideo(_ReadModel):
    """
    Attributes:
        type (Literal['input_video']):
        video_url (str): An https URL or base64 data URL of the video.
        processing (ResponseInputVideoProcessingKnown | str | None):
    """

    __slots__ = (
        "type",
        "video_url",
        "processing",
        "additional_properties",
    )

    type: Literal["input_video"]
    video_url: str
    processing: ResponseInputVideoProcessingKnown | str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["input_video"],
        video_url: str,
        processing: ResponseInputVideoProcessingKnown | str | None = None,
    ) -> None:
        self.type = type
        self.video_url = video_url
        self.processing = processing
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['input_video']"),
        ("video_url", "video_url", True, "str"),
        ("processing", "processing", False, "ResponseInputVideoProcessingKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.video_url = _json_get_("video_url")
        _processing = _json_get_("processing")
        processing: Any = (
            ResponseInputVideoProcessingKnown._value2member_map_.get(_processing, _processing)
            if isinstance(_processing, str)
            else _processing
        )
        _new_model_.processing = processing
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "video_url",
        "processing",
    )
)
