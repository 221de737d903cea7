from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcription_word_type_known import TranscriptionWordTypeKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionWord")


@_attrs_define
class TranscriptionWord:
    """
    Attributes:
        word (str):
        start (float):
        end (float):
        type_ (str | TranscriptionWordTypeKnown | Unset): `word`, or `audio_event` for non-speech sounds.
        confidence (float | Unset):
        channel (int | Unset):
        speaker (int | Unset):
        speaker_label (str | Unset):
    """

    word: str
    start: float
    end: float
    type_: str | TranscriptionWordTypeKnown | Unset = UNSET
    confidence: float | Unset = UNSET
    channel: int | Unset = UNSET
    speaker: int | Unset = UNSET
    speaker_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word = self.word

        start = self.start

        end = self.end

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TranscriptionWordTypeKnown):
            type_ = self.type_.value
        else:
            type_ = self.type_

        confidence = self.confidence

        channel = self.channel

        speaker = self.speaker

        speaker_label = self.speaker_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "word": word,
                "start": start,
                "end": end,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if channel is not UNSET:
            field_dict["channel"] = channel
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if speaker_label is not UNSET:
            field_dict["speaker_label"] = speaker_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        word = d.pop("word")

        start = d.pop("start")

        end = d.pop("end")

        def _parse_type_(data: object) -> str | TranscriptionWordTypeKnown | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = TranscriptionWordTypeKnown._parse(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | TranscriptionWordTypeKnown | Unset", data)

        type_ = _parse_type_(d.pop("type", UNSET))

        confidence = d.pop("confidence", UNSET)

        channel = d.pop("channel", UNSET)

        speaker = d.pop("speaker", UNSET)

        speaker_label = d.pop("speaker_label", UNSET)

        transcription_word = cls(
            word=word,
            start=start,
            end=end,
            type_=type_,
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
