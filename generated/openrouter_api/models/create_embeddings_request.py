from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.create_embeddings_request_encoding_format_known import (
    CreateEmbeddingsRequestEncodingFormatKnown,
)
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateEmbeddingsRequest(_Model):
    """What to embed and with which model.

    Attributes:
        model (str): Slug of the embedding model, for example `openai/text-embedding-3-small`.
        input (list[EmbeddingMultimodalInput | float | list[float] | str] | str): One text, several texts, one pre-
            tokenised input (token ids), several tokenised inputs,
            or several multimodal inputs made of content parts.
        encoding_format (CreateEmbeddingsRequestEncodingFormatKnown | str | Unset): Return vectors as float arrays
            (`float`, the usual choice) or as base64 strings.
        dimensions (int | Unset): Ask for shorter vectors, on models that can truncate their output.
        input_type (str | Unset): Hint about the role of the input for models that care, such as `search_query` or
            `search_document`.
        user (str | Unset): A stable identifier of your end user.
        provider (None | ProviderPreferences | Unset): Provider routing preferences.
        session_id (str | Unset): Groups related requests for observability; never forwarded to the provider.
        trace (TraceConfig | Unset): Observability fields forwarded to configured broadcast destinations. The named keys
            are
            understood; any other key is passed on as custom metadata.
    """

    __slots__ = (
        "model",
        "input",
        "encoding_format",
        "dimensions",
        "input_type",
        "user",
        "provider",
        "session_id",
        "trace",
        "additional_properties",
    )

    model: str
    input: list[EmbeddingMultimodalInput | float | list[float] | str] | str
    encoding_format: CreateEmbeddingsRequestEncodingFormatKnown | str | Unset
    dimensions: int | Unset
    input_type: str | Unset
    user: str | Unset
    provider: None | ProviderPreferences | Unset
    session_id: str | Unset
    trace: TraceConfig | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        input: list[EmbeddingMultimodalInput | float | list[float] | str] | str,
        encoding_format: CreateEmbeddingsRequestEncodingFormatKnown | str | Unset = UNSET,
        dimensions: int | Unset = UNSET,
        input_type: str | Unset = UNSET,
        user: str | Unset = UNSET,
        provider: None | ProviderPreferences | Unset = UNSET,
        session_id: str | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
    ) -> None:
        self.model = model
        self.input = input
        self.encoding_format = encoding_format
        self.dimensions = dimensions
        self.input_type = input_type
        self.user = user
        self.provider = provider
        self.session_id = session_id
        self.trace = trace
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[dict[str, Any] | float | list[float] | str] | str
        if isinstance(self.input, list):
            input_ = []
            for input_type_1_item_data in self.input:
                input_type_1_item: dict[str, Any] | float | list[float] | str
                if isinstance(input_type_1_item_data, list):
                    input_type_1_item = input_type_1_item_data

                elif isinstance(input_type_1_item_data, EmbeddingMultimodalInput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data
                input_.append(input_type_1_item)

        else:
            input_ = self.input

        encoding_format: str | Unset
        if isinstance(self.encoding_format, Unset):
            encoding_format = UNSET
        elif isinstance(self.encoding_format, CreateEmbeddingsRequestEncodingFormatKnown):
            encoding_format = self.encoding_format.value
        else:
            encoding_format = self.encoding_format

        dimensions = self.dimensions

        input_type = self.input_type

        user = self.user

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        session_id = self.session_id

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
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if input_type is not UNSET:
            field_dict["input_type"] = input_type
        if user is not UNSET:
            field_dict["user"] = user
        if provider is not UNSET:
            field_dict["provider"] = provider
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input_(
            data: object,
        ) -> list[EmbeddingMultimodalInput | float | list[float] | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_input_type_1_item(
                    data: object,
                ) -> EmbeddingMultimodalInput | float | list[float] | str:
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        input_type_1_item_type_2 = cast("list[float]", data)

                        return input_type_1_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        input_type_1_item_type_3 = EmbeddingMultimodalInput.from_dict(data)

                        return input_type_1_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("EmbeddingMultimodalInput | float | list[float] | str", data)

                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:
                    input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)
                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[EmbeddingMultimodalInput | float | list[float] | str] | str", data)

        input_ = _parse_input_(d.pop("input"))

        def _parse_encoding_format(
            data: object,
        ) -> CreateEmbeddingsRequestEncodingFormatKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                encoding_format_encoding_format_known = (
                    CreateEmbeddingsRequestEncodingFormatKnown._parse(data)
                )

                return encoding_format_encoding_format_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateEmbeddingsRequestEncodingFormatKnown | str | Unset", data)

        encoding_format = _parse_encoding_format(d.pop("encoding_format", UNSET))

        dimensions = d.pop("dimensions", UNSET)

        input_type = d.pop("input_type", UNSET)

        user = d.pop("user", UNSET)

        def _parse_provider(data: object) -> None | ProviderPreferences | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_type_0 = ProviderPreferences.from_dict(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderPreferences | Unset", data)

        provider = _parse_provider(d.pop("provider", UNSET))

        session_id = d.pop("session_id", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        create_embeddings_request = cls(
            model=model,
            input=input_,
            encoding_format=encoding_format,
            dimensions=dimensions,
            input_type=input_type,
            user=user,
            provider=provider,
            session_id=session_id,
            trace=trace,
        )

        create_embeddings_request.additional_properties = d
        return create_embeddings_request

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
from ..models.embedding_multimodal_input import EmbeddingMultimodalInput  # noqa: E402
from ..models.provider_preferences import ProviderPreferences  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
