from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.transcription_word_type_known import TranscriptionWordTypeKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.word = _json_get_("word")
        _new_model_.start = _json_get_("start")
        _new_model_.end = _json_get_("end")
        _type_ = _json_get_("type")
        type_: Any = (
            TranscriptionWordTypeKnown._value2member_map_.get(_type_, _type_)
            if isinstance(_type_, str)
            else _type_
        )
        _new_model_.type = type_
        _new_model_.confidence = _json_get_("confidence")
        _new_model_.channel = _json_get_("channel")
        _new_model_.speaker = _json_get_("speaker")
        _new_model_.speaker_label = _json_get_("speaker_label")
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
        "word",
        "start",
        "end",
        "type",
        "confidence",
        "channel",
        "speaker",
        "speaker_label",
    )
)
