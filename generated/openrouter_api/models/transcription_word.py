from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.transcription_word_type_known import TranscriptionWordTypeKnown
from ..types import ReadModel as _ReadModel


class TranscriptionWord(_ReadModel):
    """
    Attributes:
        word (str):
        start (float):
        end (float):
        type (str | TranscriptionWordTypeKnown | None): `word`, or `audio_event` for non-speech sounds.
        confidence (float | None):
        channel (int | None):
        speaker (int | None):
        speaker_label (str | None):
    """

    __slots__ = (
        "word",
        "start",
        "end",
        "type",
        "confidence",
        "channel",
        "speaker",
        "speaker_label",
        "additional_properties",
    )

    word: str
    start: float
    end: float
    type: str | TranscriptionWordTypeKnown | None
    confidence: float | None
    channel: int | None
    speaker: int | None
    speaker_label: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        word: str,
        start: float,
        end: float,
        type: str | TranscriptionWordTypeKnown | None = None,
        confidence: float | None = None,
        channel: int | None = None,
        speaker: int | None = None,
        speaker_label: str | None = None,
    ) -> None:
        self.word = word
        self.start = start
        self.end = end
        self.type = type
        self.confidence = confidence
        self.channel = channel
        self.speaker = speaker
        self.speaker_label = speaker_label
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("word", "word", True, "str"),
        ("start", "start", True, "float"),
        ("end", "end", True, "float"),
        ("type", "type", False, "str | TranscriptionWordTypeKnown"),
        ("confidence", "confidence", False, "float"),
        ("channel", "channel", False, "int"),
        ("speaker", "speaker", False, "int"),
        ("speaker_label", "speaker_label", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        word = d.pop("word", None)
        start = d.pop("start", None)
        end = d.pop("end", None)
        _type_ = d.pop("type", None)
        type_: Any = _read_type_(_type_)
        confidence = d.pop("confidence", None)
        channel = d.pop("channel", None)
        speaker = d.pop("speaker", None)
        speaker_label = d.pop("speaker_label", None)
        transcription_word = cls(
            word=word,
            start=start,
            end=end,
            type=type_,
            confidence=confidence,
            channel=channel,
            speaker=speaker,
            speaker_label=speaker_label,
        )
        transcription_word.additional_properties = d
        return transcription_word

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


def _read_type_(data: Any) -> Any:
    if isinstance(data, str):
        if data in TranscriptionWordTypeKnown._value2member_map_:
            return TranscriptionWordTypeKnown._value2member_map_[data]
    return data
