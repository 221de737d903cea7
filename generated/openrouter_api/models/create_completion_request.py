from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateCompletionRequest(_Model):
    """A raw prompt to continue, with sampling settings.

    Attributes:
        prompt (list[int] | list[list[int]] | list[str] | str): The text to continue; also accepts several prompts or
            token ids.
        model (str | Unset): Model slug; the account default is used when omitted.
        models (list[str] | Unset): Fallback models, tried in order when the first one fails.
        suffix (None | str | Unset): Text that should follow the completion (insert mode, where supported).
        max_tokens (int | None | Unset): Upper bound on generated tokens.
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        top_k (int | None | Unset):
        min_p (float | None | Unset):
        top_a (float | None | Unset):
        frequency_penalty (float | None | Unset):
        presence_penalty (float | None | Unset):
        repetition_penalty (float | None | Unset):
        seed (int | None | Unset):
        stop (list[str] | None | str | Unset): Up to four sequences that end generation.
        logit_bias (CreateCompletionRequestLogitBias | Unset): Map of token id to a bias between -100 and 100.
        logprobs (int | None | Unset): Return log probabilities for this many of the likeliest tokens at each step.
        echo (bool | None | Unset): Repeat the prompt before the completion.
        best_of (int | None | Unset): Generate this many candidates server-side and return the best.
        n (int | None | Unset): Number of completions to return.
        response_format (CreateCompletionRequestResponseFormat | Unset): Output format constraint such as
            `{"type":"json_object"}`, where supported.
        stream (bool | Unset): Stream the answer as server-sent events (off when omitted).
        stream_options (CreateCompletionRequestStreamOptions | Unset): Kept for compatibility; usage is always sent in
            the last chunk.
        provider (None | ProviderPreferences | Unset): Provider routing preferences.
        user (str | Unset): A stable identifier of your end user.
        metadata (CreateCompletionRequestMetadata | Unset): Up to 16 string key/value pairs stored with the request.
    """

    __slots__ = (
        "prompt",
        "model",
        "models",
        "suffix",
        "max_tokens",
        "temperature",
        "top_p",
        "top_k",
        "min_p",
        "top_a",
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "logit_bias",
        "logprobs",
        "echo",
        "best_of",
        "n",
        "response_format",
        "stream",
        "stream_options",
        "provider",
        "user",
        "metadata",
        "additional_properties",
    )

    prompt: list[int] | list[list[int]] | list[str] | str
    model: str | Unset
    models: list[str] | Unset
    suffix: None | str | Unset
    max_tokens: int | None | Unset
    temperature: float | None | Unset
    top_p: float | None | Unset
    top_k: int | None | Unset
    min_p: float | None | Unset
    top_a: float | None | Unset
    frequency_penalty: float | None | Unset
    presence_penalty: float | None | Unset
    repetition_penalty: float | None | Unset
    seed: int | None | Unset
    stop: list[str] | None | str | Unset
    logit_bias: CreateCompletionRequestLogitBias | Unset
    logprobs: int | None | Unset
    echo: bool | None | Unset
    best_of: int | None | Unset
    n: int | None | Unset
    response_format: CreateCompletionRequestResponseFormat | Unset
    stream: bool | Unset
    stream_options: CreateCompletionRequestStreamOptions | Unset
    provider: None | ProviderPreferences | Unset
    user: str | Unset
    metadata: CreateCompletionRequestMetadata | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt: list[int] | list[list[int]] | list[str] | str,
        model: str | Unset = UNSET,
        models: list[str] | Unset = UNSET,
        suffix: None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        min_p: float | None | Unset = UNSET,
        top_a: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        repetition_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        logit_bias: CreateCompletionRequestLogitBias | Unset = UNSET,
        logprobs: int | None | Unset = UNSET,
        echo: bool | None | Unset = UNSET,
        best_of: int | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        response_format: CreateCompletionRequestResponseFormat | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stream_options: CreateCompletionRequestStreamOptions | Unset = UNSET,
        provider: None | ProviderPreferences | Unset = UNSET,
        user: str | Unset = UNSET,
        metadata: CreateCompletionRequestMetadata | Unset = UNSET,
    ) -> None:
        self.prompt = prompt
        self.model = model
        self.models = models
        self.suffix = suffix
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.top_p = top_p
        self.top_k = top_k
        self.min_p = min_p
        self.top_a = top_a
        self.frequency_penalty = frequency_penalty
        self.presence_penalty = presence_penalty
        self.repetition_penalty = repetition_penalty
        self.seed = seed
        self.stop = stop
        self.logit_bias = logit_bias
        self.logprobs = logprobs
        self.echo = echo
        self.best_of = best_of
        self.n = n
        self.response_format = response_format
        self.stream = stream
        self.stream_options = stream_options
        self.provider = provider
        self.user = user
        self.metadata = metadata
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        prompt: list[int] | list[list[int]] | list[str] | str
        if isinstance(self.prompt, list):
            prompt = self.prompt

        elif isinstance(self.prompt, list):
            prompt = self.prompt

        elif isinstance(self.prompt, list):
            prompt = []
            for prompt_type_3_item_data in self.prompt:
                prompt_type_3_item = prompt_type_3_item_data

                prompt.append(prompt_type_3_item)

        else:
            prompt = self.prompt

        model = self.model

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        min_p: float | None | Unset
        if isinstance(self.min_p, Unset):
            min_p = UNSET
        else:
            min_p = self.min_p

        top_a: float | None | Unset
        if isinstance(self.top_a, Unset):
            top_a = UNSET
        else:
            top_a = self.top_a

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        repetition_penalty: float | None | Unset
        if isinstance(self.repetition_penalty, Unset):
            repetition_penalty = UNSET
        else:
            repetition_penalty = self.repetition_penalty

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        logit_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logit_bias, Unset):
            logit_bias = self.logit_bias.to_dict()

        logprobs: int | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        echo: bool | None | Unset
        if isinstance(self.echo, Unset):
            echo = UNSET
        else:
            echo = self.echo

        best_of: int | None | Unset
        if isinstance(self.best_of, Unset):
            best_of = UNSET
        else:
            best_of = self.best_of

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        user = self.user

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if models is not UNSET:
            field_dict["models"] = models
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if top_a is not UNSET:
            field_dict["top_a"] = top_a
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if echo is not UNSET:
            field_dict["echo"] = echo
        if best_of is not UNSET:
            field_dict["best_of"] = best_of
        if n is not UNSET:
            field_dict["n"] = n
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if provider is not UNSET:
            field_dict["provider"] = provider
        if user is not UNSET:
            field_dict["user"] = user
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_prompt(data: object) -> list[int] | list[list[int]] | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_type_1 = cast("list[str]", data)

                return prompt_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_type_2 = cast("list[int]", data)

                return prompt_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_type_3 = []
                _prompt_type_3 = data
                for prompt_type_3_item_data in _prompt_type_3:
                    prompt_type_3_item = cast("list[int]", prompt_type_3_item_data)

                    prompt_type_3.append(prompt_type_3_item)

                return prompt_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[int] | list[list[int]] | list[str] | str", data)

        prompt = _parse_prompt(d.pop("prompt"))

        model = d.pop("model", UNSET)

        models = cast("list[str]", d.pop("models", UNSET))

        suffix = cast("None | str | Unset", d.pop("suffix", UNSET))

        max_tokens = cast("int | None | Unset", d.pop("max_tokens", UNSET))

        temperature = cast("float | None | Unset", d.pop("temperature", UNSET))

        top_p = cast("float | None | Unset", d.pop("top_p", UNSET))

        top_k = cast("int | None | Unset", d.pop("top_k", UNSET))

        min_p = cast("float | None | Unset", d.pop("min_p", UNSET))

        top_a = cast("float | None | Unset", d.pop("top_a", UNSET))

        frequency_penalty = cast("float | None | Unset", d.pop("frequency_penalty", UNSET))

        presence_penalty = cast("float | None | Unset", d.pop("presence_penalty", UNSET))

        repetition_penalty = cast("float | None | Unset", d.pop("repetition_penalty", UNSET))

        seed = cast("int | None | Unset", d.pop("seed", UNSET))

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast("list[str]", data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | str | Unset", data)

        stop = _parse_stop(d.pop("stop", UNSET))

        _logit_bias = d.pop("logit_bias", UNSET)
        logit_bias: CreateCompletionRequestLogitBias | Unset
        if isinstance(_logit_bias, Unset):
            logit_bias = UNSET
        else:
            logit_bias = CreateCompletionRequestLogitBias.from_dict(_logit_bias)

        logprobs = cast("int | None | Unset", d.pop("logprobs", UNSET))

        echo = cast("bool | None | Unset", d.pop("echo", UNSET))

        best_of = cast("int | None | Unset", d.pop("best_of", UNSET))

        n = cast("int | None | Unset", d.pop("n", UNSET))

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateCompletionRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = CreateCompletionRequestResponseFormat.from_dict(_response_format)

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: CreateCompletionRequestStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = CreateCompletionRequestStreamOptions.from_dict(_stream_options)

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

        user = d.pop("user", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateCompletionRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateCompletionRequestMetadata.from_dict(_metadata)

        create_completion_request = cls(
            prompt=prompt,
            model=model,
            models=models,
            suffix=suffix,
            max_tokens=max_tokens,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            min_p=min_p,
            top_a=top_a,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            repetition_penalty=repetition_penalty,
            seed=seed,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            echo=echo,
            best_of=best_of,
            n=n,
            response_format=response_format,
            stream=stream,
            stream_options=stream_options,
            provider=provider,
            user=user,
            metadata=metadata,
        )

        create_completion_request.additional_properties = d
        return create_completion_request

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
from ..models.create_completion_request_logit_bias import CreateCompletionRequestLogitBias  # noqa: E402
from ..models.create_completion_request_metadata import CreateCompletionRequestMetadata  # noqa: E402
from ..models.create_completion_request_response_format import CreateCompletionRequestResponseFormat  # noqa: E402
from ..models.create_completion_request_stream_options import CreateCompletionRequestStreamOptions  # noqa: E402
from ..models.provider_preferences import ProviderPreferences  # noqa: E402
