from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        id = d.pop("id", None)
        start = d.pop("start", None)
        end = d.pop("end", None)
        text = d.pop("text", None)
        seek = d.pop("seek", None)
        tokens = d.pop("tokens", None)
        temperature = d.pop("temperature", None)
        avg_logprob = d.pop("avg_logprob", None)
        compression_ratio = d.pop("compression_ratio", None)
        no_speech_prob = d.pop("no_speech_prob", None)
        channel = d.pop("channel", None)
        speaker = d.pop("speaker", None)
        speaker_label = d.pop("speaker_label", None)
        transcription_segment = cls(
            id=id,
            start=start,
            end=end,
            text=text,
            seek=seek,
            tokens=tokens,
            temperature=temperature,
            avg_logprob=avg_logprob,
            compression_ratio=compression_ratio,
            no_speech_prob=no_speech_prob,
            channel=channel,
            speaker=speaker,
            speaker_label=speaker_label,
        )
        transcription_segment.additional_properties = d
        return transcription_segment

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
