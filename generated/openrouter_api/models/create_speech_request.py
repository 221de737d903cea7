from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.speech_response_format import SpeechResponseFormat
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateSpeechRequest(_Model):
    """
    Attributes:
        model (str): The text-to-speech model id.
        input (list[SpeechTurn] | str): The text to speak, or a list of turns for multi-speaker models.
        voice (str | Unset): Provider-specific voice name.
        instructions (str | Unset): Delivery guidance (tone, pace, emotion) for models that take it.
        response_format (SpeechResponseFormat | Unset): Audio encoding of the response (`pcm` when omitted).
        speed (float | Unset): Playback speed factor, for models that support it (others ignore it or reject a non-
            default value).
        input_references (list[ReferenceImagePart | SpeechReferenceAudio | SpeechReferenceText] | Unset): Reference
            material for voice cloning or voice design: up to three `input_audio` clips
            (each optionally followed by a `text` transcript) plus at most one scene image, or a
            single `image_url`. An empty list means no reference.
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
        "input",
        "voice",
        "instructions",
        "response_format",
        "speed",
        "input_references",
        "provider",
        "session_id",
        "user",
        "trace",
        "additional_properties",
    )

    model: str
    input: list[SpeechTurn] | str
    voice: str | Unset
    instructions: str | Unset
    response_format: SpeechResponseFormat | Unset
    speed: float | Unset
    input_references: list[ReferenceImagePart | SpeechReferenceAudio | SpeechReferenceText] | Unset
    provider: AudioProviderPreferences | Unset
    session_id: str | Unset
    user: str | Unset
    trace: TraceConfig | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        input: list[SpeechTurn] | str,
        voice: str | Unset = UNSET,
        instructions: str | Unset = UNSET,
        response_format: SpeechResponseFormat | Unset = UNSET,
        speed: float | Unset = UNSET,
        input_references: list[ReferenceImagePart | SpeechReferenceAudio | SpeechReferenceText]
        | Unset = UNSET,
        provider: AudioProviderPreferences | Unset = UNSET,
        session_id: str | Unset = UNSET,
        user: str | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
    ) -> None:
        self.model = model
        self.input = input
        self.voice = voice
        self.instructions = instructions
        self.response_format = response_format
        self.speed = speed
        self.input_references = input_references
        self.provider = provider
        self.session_id = session_id
        self.user = user
        self.trace = trace
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[dict[str, Any]] | str
        if isinstance(self.input, list):
            input_ = []
            for input_type_1_item_data in self.input:
                input_type_1_item = input_type_1_item_data.to_dict()
                input_.append(input_type_1_item)

        else:
            input_ = self.input

        voice = self.voice

        instructions = self.instructions

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        speed = self.speed

        input_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_references, Unset):
            input_references = []
            for input_references_item_data in self.input_references:
                input_references_item: dict[str, Any]
                if isinstance(input_references_item_data, SpeechReferenceAudio):
                    input_references_item = input_references_item_data.to_dict()
                elif isinstance(input_references_item_data, SpeechReferenceText):
                    input_references_item = input_references_item_data.to_dict()
                else:
                    input_references_item = input_references_item_data.to_dict()

                input_references.append(input_references_item)

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
                "input": input_,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if input_references is not UNSET:
            field_dict["input_references"] = input_references
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

        def _parse_input_(data: object) -> list[SpeechTurn] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:
                    input_type_1_item = SpeechTurn.from_dict(input_type_1_item_data)

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[SpeechTurn] | str", data)

        input_ = _parse_input_(d.pop("input"))

        voice = d.pop("voice", UNSET)

        instructions = d.pop("instructions", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: SpeechResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = SpeechResponseFormat._parse(_response_format)

        speed = d.pop("speed", UNSET)

        def _parse_input_references_item(
            data: object,
        ) -> ReferenceImagePart | SpeechReferenceAudio | SpeechReferenceText:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_speech_reference_type_0 = SpeechReferenceAudio.from_dict(data)

                return componentsschemas_speech_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_speech_reference_type_1 = SpeechReferenceText.from_dict(data)

                return componentsschemas_speech_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_speech_reference_type_2 = ReferenceImagePart.from_dict(data)

            return componentsschemas_speech_reference_type_2

        _input_references = d.pop("input_references", UNSET)
        input_references: (
            list[ReferenceImagePart | SpeechReferenceAudio | SpeechReferenceText] | Unset
        ) = UNSET
        if _input_references is not UNSET:
            input_references = []
            for input_references_item_data in _input_references:
                input_references_item = _parse_input_references_item(input_references_item_data)
                input_references.append(input_references_item)

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

        create_speech_request = cls(
            model=model,
            input=input_,
            voice=voice,
            instructions=instructions,
            response_format=response_format,
            speed=speed,
            input_references=input_references,
            provider=provider,
            session_id=session_id,
            user=user,
            trace=trace,
        )

        create_speech_request.additional_properties = d
        return create_speech_request

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
from ..models.reference_image_part import ReferenceImagePart  # noqa: E402
from ..models.speech_reference_audio import SpeechReferenceAudio  # noqa: E402
from ..models.speech_reference_text import SpeechReferenceText  # noqa: E402
from ..models.speech_turn import SpeechTurn  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
