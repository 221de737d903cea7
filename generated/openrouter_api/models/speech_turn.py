from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class SpeechTurn(_Model):
    """One speaker turn of a multi-speaker input.

    Attributes:
        text (str):
        voice (str | Unset):
        instructions (str | Unset):
    """

    __slots__ = (
        "text",
        "voice",
        "instructions",
        "additional_properties",
    )

    text: str
    voice: str | Unset
    instructions: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        text: str,
        voice: str | Unset = UNSET,
        instructions: str | Unset = UNSET,
    ) -> None:
        self.text = text
        self.voice = voice
        self.instructions = instructions
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice = self.voice

        instructions = self.instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        voice = d.pop("voice", UNSET)

        instructions = d.pop("instructions", UNSET)

        speech_turn = cls(
            text=text,
            voice=voice,
            instructions=instructions,
        )

        speech_turn.additional_properties = d
        return speech_turn

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
