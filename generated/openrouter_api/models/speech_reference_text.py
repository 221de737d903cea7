from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class SpeechReferenceText(_Model):
    """The transcript of the audio clip it accompanies.

    Attributes:
        type (Literal['text']):
        text (str):
    """

    __slots__ = (
        "type",
        "text",
        "additional_properties",
    )

    type: Literal["text"]
    text: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["text"],
        text: str,
    ) -> None:
        self.type = type
        self.text = text
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["text"]', d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text = d.pop("text")

        speech_reference_text = cls(
            type=type_,
            text=text,
        )

        speech_reference_text.additional_properties = d
        return speech_reference_text

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
