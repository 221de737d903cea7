from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, cast

from .. import types
from ..models.transcription_response_format import TranscriptionResponseFormat
from ..models.transcription_timestamp_granularity import TranscriptionTimestampGranularity
from ..types import (
    UNSET,
    File,
    FileTypes,
    Unset,
)
from ..types import Model as _Model


class TranscriptionUpload(_Model):
    """Multipart form of a transcription request. Send exactly one of `file` and `source_url`.
    Array fields use the `name[]` form-field convention, one part per value.

        Attributes:
            model (str): The speech-to-text model id.
            file (File | Unset): The audio file (at most 25 MB); its format comes from the filename or the part's content
                type.
            source_url (str | Unset): Public http(s) URL the provider downloads instead of an uploaded file.
            language (str | Unset): ISO-639-1 code of the spoken language.
            response_format (TranscriptionResponseFormat | Unset): `json` (when omitted) gives text and usage;
                `verbose_json` adds task, language, duration and segments.
            temperature (float | Unset): Sampling temperature.
            timestamp_granularities (list[TranscriptionTimestampGranularity] | Unset): With `verbose_json`, which timestamps
                to return.
            diarize (bool | Unset): Label words by speaker (needs `verbose_json`).
            keyterms (list[str] | Unset): Words or phrases to bias recognition toward, one part per term.
            provider (str | Unset): The provider preferences object (`zdr`, `data_collection`, `options`) as a JSON string.
            session_id (str | Unset): Groups related requests for observability.
            user (str | Unset): Your end user's id; never sent to the provider.
            trace (str | Unset): The trace metadata object as a JSON string.
    """

    __slots__ = (
        "model",
        "file",
        "source_url",
        "language",
        "response_format",
        "temperature",
        "timestamp_granularities",
        "diarize",
        "keyterms",
        "provider",
        "session_id",
        "user",
        "trace",
        "additional_properties",
    )

    model: str
    file: File | Unset
    source_url: str | Unset
    language: str | Unset
    response_format: TranscriptionResponseFormat | Unset
    temperature: float | Unset
    timestamp_granularities: list[TranscriptionTimestampGranularity] | Unset
    diarize: bool | Unset
    keyterms: list[str] | Unset
    provider: str | Unset
    session_id: str | Unset
    user: str | Unset
    trace: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        file: File | Unset = UNSET,
        source_url: str | Unset = UNSET,
        language: str | Unset = UNSET,
        response_format: TranscriptionResponseFormat | Unset = UNSET,
        temperature: float | Unset = UNSET,
        timestamp_granularities: list[TranscriptionTimestampGranularity] | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        keyterms: list[str] | Unset = UNSET,
        provider: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        user: str | Unset = UNSET,
        trace: str | Unset = UNSET,
    ) -> None:
        self.model = model
        self.file = file
        self.source_url = source_url
        self.language = language
        self.response_format = response_format
        self.temperature = temperature
        self.timestamp_granularities = timestamp_granularities
        self.diarize = diarize
        self.keyterms = keyterms
        self.provider = provider
        self.session_id = session_id
        self.user = user
        self.trace = trace
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        source_url = self.source_url

        language = self.language

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        temperature = self.temperature

        timestamp_granularities: list[str] | Unset = UNSET
        if not isinstance(self.timestamp_granularities, Unset):
            timestamp_granularities = []
            for timestamp_granularities_item_data in self.timestamp_granularities:
                timestamp_granularities_item = timestamp_granularities_item_data.value
                timestamp_granularities.append(timestamp_granularities_item)

        diarize = self.diarize

        keyterms: list[str] | Unset = UNSET
        if not isinstance(self.keyterms, Unset):
            keyterms = self.keyterms

        provider = self.provider

        session_id = self.session_id

        user = self.user

        trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if language is not UNSET:
            field_dict["language"] = language
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities[]"] = timestamp_granularities
        if diarize is not UNSET:
            field_dict["diarize"] = diarize
        if keyterms is not UNSET:
            field_dict["keyterms[]"] = keyterms
        if provider is not UNSET:
            field_dict["provider"] = provider
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if user is not UNSET:
            field_dict["user"] = user
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.source_url, Unset):
            files.append(("source_url", (None, str(self.source_url).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(
                ("response_format", (None, str(self.response_format.value).encode(), "text/plain"))
            )

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.timestamp_granularities, Unset):
            for timestamp_granularities_item_element in self.timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities[]",
                        (
                            None,
                            str(timestamp_granularities_item_element.value).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.diarize, Unset):
            files.append(("diarize", (None, str(self.diarize).encode(), "text/plain")))

        if not isinstance(self.keyterms, Unset):
            for keyterms_item_element in self.keyterms:
                files.append(
                    ("keyterms[]", (None, str(keyterms_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.provider, Unset):
            files.append(("provider", (None, str(self.provider).encode(), "text/plain")))

        if not isinstance(self.session_id, Unset):
            files.append(("session_id", (None, str(self.session_id).encode(), "text/plain")))

        if not isinstance(self.user, Unset):
            files.append(("user", (None, str(self.user).encode(), "text/plain")))

        if not isinstance(self.trace, Unset):
            files.append(("trace", (None, str(self.trace).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        source_url = d.pop("source_url", UNSET)

        language = d.pop("language", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: TranscriptionResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = TranscriptionResponseFormat._parse(_response_format)

        temperature = d.pop("temperature", UNSET)

        _timestamp_granularities = d.pop("timestamp_granularities[]", UNSET)
        timestamp_granularities: list[TranscriptionTimestampGranularity] | Unset = UNSET
        if _timestamp_granularities is not UNSET:
            timestamp_granularities = []
            for timestamp_granularities_item_data in _timestamp_granularities:
                timestamp_granularities_item = TranscriptionTimestampGranularity._parse(
                    timestamp_granularities_item_data
                )

                timestamp_granularities.append(timestamp_granularities_item)

        diarize = d.pop("diarize", UNSET)

        keyterms = cast("list[str]", d.pop("keyterms[]", UNSET))

        provider = d.pop("provider", UNSET)

        session_id = d.pop("session_id", UNSET)

        user = d.pop("user", UNSET)

        trace = d.pop("trace", UNSET)

        transcription_upload = cls(
            model=model,
            file=file,
            source_url=source_url,
            language=language,
            response_format=response_format,
            temperature=temperature,
            timestamp_granularities=timestamp_granularities,
            diarize=diarize,
            keyterms=keyterms,
            provider=provider,
            session_id=session_id,
            user=user,
            trace=trace,
        )

        transcription_upload.additional_properties = d
        return transcription_upload

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
