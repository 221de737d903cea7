from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.response_input_audio_data_format import ResponseInputAudioDataFormat
from ..types import ReadModel as _ReadModel


class ResponseInputAudioData(_ReadModel):
    """
    Attributes:
        data (str): Raw base64 audio (not a data URL).
        format (ResponseInputAudioDataFormat):
    """

    __slots__ = (
        "data",
        "format",
        "additional_properties",
    )

    data: str
    format: ResponseInputAudioDataFormat
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: str,
        format: ResponseInputAudioDataFormat,
    ) -> None:
        self.data = data
        self.format = format
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("data", "data", True, "str"),
        ("format", "format", True, "ResponseInputAudioDataFormat"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        data = d.pop("data", None)
        _format_ = d.pop("format", None)
        format_: Any = (
            ResponseInputAudioDataFormat._value2member_map_.get(_format_, _format_)
            if isinstance(_format_, str)
            else _format_
        )
        response_input_audio_data = cls(
            data=data,
            format=format_,
        )
        response_input_audio_data.additional_properties = d
        return response_input_audio_data

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
