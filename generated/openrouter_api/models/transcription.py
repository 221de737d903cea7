from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Transcription")


@_attrs_define
class Transcription:
    """A transcript; the timing fields appear with `verbose_json`.

    Attributes:
        text (str):
        task (str | Unset): The task performed, e.g. `transcribe`.
        language (str | Unset): The detected or requested language.
        language_confidence (float | Unset):
        duration (float | Unset): Length of the audio in seconds.
        confidence (float | Unset):
        segments (list[TranscriptionSegment] | Unset):
        words (list[TranscriptionWord] | Unset):
        entities (list[TranscriptionEntity] | Unset):
        usage (TranscriptionUsage | Unset):
    """

    text: str
    task: str | Unset = UNSET
    language: str | Unset = UNSET
    language_confidence: float | Unset = UNSET
    duration: float | Unset = UNSET
    confidence: float | Unset = UNSET
    segments: list[TranscriptionSegment] | Unset = UNSET
    words: list[TranscriptionWord] | Unset = UNSET
    entities: list[TranscriptionEntity] | Unset = UNSET
    usage: TranscriptionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        task = self.task

        language = self.language

        language_confidence = self.language_confidence

        duration = self.duration

        confidence = self.confidence

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if task is not UNSET:
            field_dict["task"] = task
        if language is not UNSET:
            field_dict["language"] = language
        if language_confidence is not UNSET:
            field_dict["language_confidence"] = language_confidence
        if duration is not UNSET:
            field_dict["duration"] = duration
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if segments is not UNSET:
            field_dict["segments"] = segments
        if words is not UNSET:
            field_dict["words"] = words
        if entities is not UNSET:
            field_dict["entities"] = entities
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        task = d.pop("task", UNSET)

        language = d.pop("language", UNSET)

        language_confidence = d.pop("language_confidence", UNSET)

        duration = d.pop("duration", UNSET)

        confidence = d.pop("confidence", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: list[TranscriptionSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = TranscriptionSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        _words = d.pop("words", UNSET)
        words: list[TranscriptionWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = TranscriptionWord.from_dict(words_item_data)

                words.append(words_item)

        _entities = d.pop("entities", UNSET)
        entities: list[TranscriptionEntity] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = TranscriptionEntity.from_dict(entities_item_data)

                entities.append(entities_item)

        _usage = d.pop("usage", UNSET)
        usage: TranscriptionUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = TranscriptionUsage.from_dict(_usage)

        transcription = cls(
            text=text,
            task=task,
            language=language,
            language_confidence=language_confidence,
            duration=duration,
            confidence=confidence,
            segments=segments,
            words=words,
            entities=entities,
            usage=usage,
        )

        transcription.additional_properties = d
        return transcription

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.transcription_entity import TranscriptionEntity  # noqa: E402
from ..models.transcription_segment import TranscriptionSegment  # noqa: E402
from ..models.transcription_usage import TranscriptionUsage  # noqa: E402
from ..models.transcription_word import TranscriptionWord  # noqa: E402
