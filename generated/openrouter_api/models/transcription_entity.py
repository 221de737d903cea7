from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class TranscriptionEntity(_ReadModel):
    """A named entity found in the transcript, by character offsets.

    Attributes:
        type (str):
        text (str):
        start_char (int):
        end_char (int):
    """

    __slots__ = (
        "type",
        "text",
        "start_char",
        "end_char",
        "additional_properties",
    )

    type: str
    text: str
    start_char: int
    end_char: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
        text: str,
        start_char: int,
        end_char: int,
    ) -> None:
        self.type = type
        self.text = text
        self.start_char = start_char
        self.end_char = end_char
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "str"),
        ("text", "text", True, "str"),
        ("start_char", "start_char", True, "int"),
        ("end_char", "end_char", True, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        text = d.pop("text", None)
        start_char = d.pop("start_char", None)
        end_char = d.pop("end_char", None)
        transcription_entity = cls(
            type=type_,
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
