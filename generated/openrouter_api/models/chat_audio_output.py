from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatAudioOutput")


@_attrs_define
class ChatAudioOutput:
    """Spoken output, or a reference to earlier audio output when sent back.

    Attributes:
        id (str | Unset):
        data (str | Unset): Base64 audio.
        transcript (str | Unset):
        expires_at (int | Unset): Unix time after which the audio can no longer be referenced.
    """

    id: str | Unset = UNSET
    data: str | Unset = UNSET
    transcript: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data = self.data

        transcript = self.transcript

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if data is not UNSET:
            field_dict["data"] = data
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        data = d.pop("data", UNSET)

        transcript = d.pop("transcript", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        chat_audio_output = cls(
            id=id,
            data=data,
            transcript=transcript,
            expires_at=expires_at,
        )

        chat_audio_output.additional_properties = d
        return chat_audio_output

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
