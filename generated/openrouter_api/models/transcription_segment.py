from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class TranscriptionSegment(_ReadModel):
    """
    Attributes:
        id (int):
        start (float): Start time in seconds.
        end (float): End time in seconds.
        text (str):
        seek (int | None):
        tokens (list[int] | None):
        temperature (float | None):
        avg_logprob (float | None):
        compression_ratio (float | None):
        no_speech_prob (float | None):
        channel (int | None):
        speaker (int | None):
        speaker_label (str | None):
    """

    __slots__ = (
        "id",
        "start",
        "end",
        "text",
        "seek",
        "tokens",
        "temperature",
        "avg_logprob",
        "compression_ratio",
        "no_speech_prob",
        "channel",
        "speaker",
        "speaker_label",
        "additional_properties",
    )

    id: int
    start: float
    end: float
    text: str
    seek: int | None
    tokens: list[int] | None
    temperature: float | None
    avg_logprob: float | None
    compression_ratio: float | None
    no_speech_prob: float | None
    channel: int | None
    speaker: int | None
    speaker_label: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        start: float,
        end: float,
        text: str,
        seek: int | None = None,
        tokens: list[int] | None = None,
        temperature: float | None = None,
        avg_logprob: float | None = None,
        compression_ratio: float | None = None,
        no_speech_prob: float | None = None,
        channel: int | None = None,
        speaker: int | None = None,
        speaker_label: str | None = None,
    ) -> None:
        self.id = id
        self.start = start
        self.end = end
        self.text = text
        self.seek = seek
        self.tokens = tokens
        self.temperature = temperature
        self.avg_logprob = avg_logprob
        self.compression_ratio = compression_ratio
        self.no_speech_prob = no_speech_prob
        self.channel = channel
        self.speaker = speaker
        self.speaker_label = speaker_label
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "int"),
        ("start", "start", True, "float"),
        ("end", "end", True, "float"),
        ("text", "text", True, "str"),
        ("seek", "seek", False, "int"),
        ("tokens", "tokens", False, "list[int]"),
        ("temperature", "temperature", False, "float"),
        ("avg_logprob", "avg_logprob", False, "float"),
        ("compression_ratio", "compression_ratio", False, "float"),
        ("no_speech_prob", "no_speech_prob", False, "float"),
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
        _new_model_.id = _json_get_("id")
        _new_model_.start = _json_get_("start")
        _new_model_.end = _json_get_("end")
        _new_model_.text = _json_get_("text")
        _new_model_.seek = _json_get_("seek")
        _new_model_.tokens = _json_get_("tokens")
        _new_model_.temperature = _json_get_("temperature")
        _new_model_.avg_logprob = _json_get_("avg_logprob")
        _new_model_.compression_ratio = _json_get_("compression_ratio")
        _new_model_.no_speech_prob = _json_get_("no_speech_prob")
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
        "id",
        "start",
        "end",
        "text",
        "seek",
        "tokens",
        "temperature",
        "avg_logprob",
        "compression_ratio",
        "no_speech_prob",
        "channel",
        "speaker",
        "speaker_label",
    )
)
