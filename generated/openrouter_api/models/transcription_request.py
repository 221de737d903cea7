from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.transcription_response_format import TranscriptionResponseFormat
from ..models.transcription_timestamp_granularity import TranscriptionTimestampGranularity
from ..types import UNSET, Unset
from ..types import Model as _Model


class TranscriptionRequest(_Model):
    """
    Attributes:
        model (str): The speech-to-text model id, e.g. `openai/whisper-large-v3`.
        input_audio (TranscriptionInlineAudio | TranscriptionUrlAudio): The audio, inline as base64 or as a URL the
            provider downloads.
        language (str | Unset): ISO-639-1 code of the spoken language; detected when omitted.
        response_format (TranscriptionResponseFormat | Unset): `json` (when omitted) gives text and usage;
            `verbose_json` adds task, language, duration and segments.
        timestamp_granularities (list[TranscriptionTimestampGranularity] | Unset): With `verbose_json`, which timestamps
            to return (`word` adds the `words` list).
        temperature (float | Unset): Sampling temperature.
        diarize (bool | Unset): Label words by speaker; needs `verbose_json` and a model that can do it (400 otherwise).
        keyterms (list[str] | Unset): Words or phrases to bias recognition toward, for models that support it.
        provider (AudioProviderPreferences | Unset): Data-policy routing for speech and transcription requests, plus
            per-provider passthrough options.
        session_id (str | Unset): Groups related requests for observability; wins over the `x-session-id` header. Never
            sent to the provider.
        user (str | Unset): Your end user's id, for your logs and broadcast; never sent to the provider.
        trace (TraceConfig | Unset): Observability fields forwarded to configured broadcast destinations. The named keys
            are
            understood; any other key is passed on as custom metadata.
    """

    __slots__ = (
        "model",
        "input_audio",
        "language",
        "response_format",
        "timestamp_granularities",
        "temperature",
        "diarize",
        "keyterms",
        "provider",
        "session_id",
        "user",
        "trace",
        "additional_properties",
    )

    model: str
    input_audio: TranscriptionInlineAudio | TranscriptionUrlAudio
    language: str | Unset
    response_format: TranscriptionResponseFormat | Unset
    timestamp_granularities: list[TranscriptionTimestampGranularity] | Unset
    temperature: float | Unset
    diarize: bool | Unset
    keyterms: list[str] | Unset
    provider: AudioProviderPreferences | Unset
    session_id: str | Unset
    user: str | Unset
    trace: TraceConfig | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        input_audio: TranscriptionInlineAudio | TranscriptionUrlAudio,
        language: str | Unset = UNSET,
        response_format: TranscriptionResponseFormat | Unset = UNSET,
        timestamp_granularities: list[TranscriptionTimestampGranularity] | Unset = UNSET,
        temperature: float | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        keyterms: list[str] | Unset = UNSET,
        provider: AudioProviderPreferences | Unset = UNSET,
        session_id: str | Unset = UNSET,
        user: str | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
    ) -> None:
        self.model = model
        self.input_audio = input_audio
        self.language = language
        self.response_format = response_format
        self.timestamp_granularities = timestamp_granularities
        self.temperature = temperature
        self.diarize = diarize
        self.keyterms = keyterms
        self.provider = provider
        self.session_id = session_id
        self.user = user
        self.trace = trace
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_audio: dict[str, Any]
        if isinstance(self.input_audio, TranscriptionInlineAudio):
            input_audio = self.input_audio.to_dict()
        else:
            input_audio = self.input_audio.to_dict()

        language = self.language

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        timestamp_granularities: list[str] | Unset = UNSET
        if not isinstance(self.timestamp_granularities, Unset):
            timestamp_granularities = []
            for timestamp_granularities_item_data in self.timestamp_granularities:
                timestamp_granularities_item = timestamp_granularities_item_data.value
                timestamp_granularities.append(timestamp_granularities_item)

        temperature = self.temperature

        diarize = self.diarize

        keyterms: list[str] | Unset = UNSET
        if not isinstance(self.keyterms, Unset):
            keyterms = self.keyterms

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        session_id = self.session_id

        user = self.user

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input_audio": input_audio,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities"] = timestamp_granularities
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if diarize is not UNSET:
            field_dict["diarize"] = diarize
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms
        if provider is not UNSET:
            field_dict["provider"] = provider
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if user is not UNSET:
            field_dict["user"] = user
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input_audio(data: object) -> TranscriptionInlineAudio | TranscriptionUrlAudio:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_type_0 = TranscriptionInlineAudio.from_dict(data)

                return input_audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            input_audio_type_1 = TranscriptionUrlAudio.from_dict(data)

            return input_audio_type_1

        input_audio = _parse_input_audio(d.pop("input_audio"))

        language = d.pop("language", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: TranscriptionResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = TranscriptionResponseFormat._parse(_response_format)

        _timestamp_granularities = d.pop("timestamp_granularities", UNSET)
        timestamp_granularities: list[TranscriptionTimestampGranularity] | Unset = UNSET
        if _timestamp_granularities is not UNSET:
            timestamp_granularities = []
            for timestamp_granularities_item_data in _timestamp_granularities:
                timestamp_granularities_item = TranscriptionTimestampGranularity._parse(
                    timestamp_granularities_item_data
                )

                timestamp_granularities.append(timestamp_granularities_item)

        temperature = d.pop("temperature", UNSET)

        diarize = d.pop("diarize", UNSET)

        keyterms = cast("list[str]", d.pop("keyterms", UNSET))

        _provider = d.pop("provider", UNSET)
        provider: AudioProviderPreferences | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = AudioProviderPreferences.from_dict(_provider)

        session_id = d.pop("session_id", UNSET)

        user = d.pop("user", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        transcription_request = cls(
            model=model,
            input_audio=input_audio,
            language=language,
            response_format=response_format,
            timestamp_granularities=timestamp_granularities,
            temperature=temperature,
            diarize=diarize,
            keyterms=keyterms,
            provider=provider,
            session_id=session_id,
            user=user,
            trace=trace,
        )

        transcription_request.additional_properties = d
        return transcription_request

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
from ..models.audio_provider_preferences import AudioProviderPreferences  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
from ..models.transcription_inline_audio import TranscriptionInlineAudio  # noqa: E402
from ..models.transcription_url_audio import TranscriptionUrlAudio  # noqa: E402
