from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TranscriptionEntity")


@_attrs_define
class TranscriptionEntity:
    """A named entity found in the transcript, by character offsets.

    Attributes:
        type_ (str):
        text (str):
        start_char (int):
        end_char (int):
    """

    type_: str
    text: str
    start_char: int
    end_char: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        start_char = self.start_char

        end_char = self.end_char

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "start_char": start_char,
                "end_char": end_char,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        text = d.pop("text")

        start_char = d.pop("start_char")

        end_char = d.pop("end_char")

        transcription_entity = cls(
            type_=type_,
            text=text,
            start_char=start_char,
            end_char=end_char,
        )

        transcription_entity.additional_properties = d
        return transcription_entity

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
