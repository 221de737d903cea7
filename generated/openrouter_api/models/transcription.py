from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class Transcription(_ReadModel):
    """A transcript; the timing fields appear with `verbose_json`.

    Attributes:
        text (str):
        task (str | None): The task performed, e.g. `transcribe`.
        language (str | None): The detected or requested language.
        language_confidence (float | None):
        duration (float | None): Length of the audio in seconds.
        confidence (float | None):
        segments (list[TranscriptionSegment] | None):
        words (list[TranscriptionWord] | None):
        entities (list[TranscriptionEntity] | None):
        usage (TranscriptionUsage | None):
    """

    __slots__ = (
        "text",
        "task",
        "language",
        "language_confidence",
        "duration",
        "confidence",
        "segments",
        "words",
        "entities",
        "usage",
        "additional_properties",
    )

    text: str
    task: str | None
    language: str | None
    language_confidence: float | None
    duration: float | None
    confidence: float | None
    segments: list[TranscriptionSegment] | None
    words: list[TranscriptionWord] | None
    entities: list[TranscriptionEntity] | None
    usage: TranscriptionUsage | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        text: str,
        task: str | None = None,
        language: str | None = None,
        language_confidence: float | None = None,
        duration: float | None = None,
        confidence: float | None = None,
        segments: list[TranscriptionSegment] | None = None,
        words: list[TranscriptionWord] | None = None,
        entities: list[TranscriptionEntity] | None = None,
        usage: TranscriptionUsage | None = None,
    ) -> None:
        self.text = text
        self.task = task
        self.language = language
        self.language_confidence = language_confidence
        self.duration = duration
        self.confidence = confidence
        self.segments = segments
        self.words = words
        self.entities = entities
        self.usage = usage
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("text", "text", True, "str"),
        ("task", "task", False, "str"),
        ("language", "language", False, "str"),
        ("language_confidence", "language_confidence", False, "float"),
        ("duration", "duration", False, "float"),
        ("confidence", "confidence", False, "float"),
        ("segments", "segments", False, "list[TranscriptionSegment]"),
        ("words", "words", False, "list[TranscriptionWord]"),
        ("entities", "entities", False, "list[TranscriptionEntity]"),
        ("usage", "usage", False, "TranscriptionUsage"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.text = _json_get_("text")
        _new_model_.task = _json_get_("task")
        _new_model_.language = _json_get_("language")
        _new_model_.language_confidence = _json_get_("language_confidence")
        _new_model_.duration = _json_get_("duration")
        _new_model_.confidence = _json_get_("confidence")
        _segments = _json_get_("segments")
        if isinstance(_segments, list):
            segments: Any = []
            for _list_item_ in _segments:
                segments.append(
                    TranscriptionSegment.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            segments = _segments
        _new_model_.segments = segments
        _words = _json_get_("words")
        if isinstance(_words, list):
            words: Any = []
            for _list_item_ in _words:
                words.append(
                    TranscriptionWord.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            words = _words
        _new_model_.words = words
        _entities = _json_get_("entities")
        if isinstance(_entities, list):
            entities: Any = []
            for _list_item_ in _entities:
                entities.append(
                    TranscriptionEntity.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            entities = _entities
        _new_model_.entities = entities
        _usage = _json_get_("usage")
        usage: Any = TranscriptionUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _new_model_.usage = usage
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
        "text",
        "task",
        "language",
        "language_confidence",
        "duration",
        "confidence",
        "segments",
        "words",
        "entities",
        "usage",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.transcription_entity import TranscriptionEntity  # noqa: E402
    from ..models.transcription_segment import TranscriptionSegment  # noqa: E402
    from ..models.transcription_usage import TranscriptionUsage  # noqa: E402
    from ..models.transcription_word import TranscriptionWord  # noqa: E402
else:
    TranscriptionEntity = _Deferred_(
        globals(), "..models.transcription_entity", "TranscriptionEntity"
    )
    TranscriptionSegment = _Deferred_(
        globals(), "..models.transcription_segment", "TranscriptionSegment"
    )
    TranscriptionUsage = _Deferred_(globals(), "..models.transcription_usage", "TranscriptionUsage")
    TranscriptionWord = _Deferred_(globals(), "..models.transcription_word", "TranscriptionWord")
