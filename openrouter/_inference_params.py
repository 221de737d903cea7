"""Parameters of the other inference calls: text completions, responses, messages, embeddings.

Each gets a TypedDict (for editors and type checkers) and a table of checks. The checks cover the
fields users set most; the rest pass through as JSON, and `extra_body` covers anything newer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from ._validation import (
    NULLABLE_OBJECT,
    OBJECT,
    SAMPLING_CHECKS,
    CallOptions,
    Check,
    any_json,
    boolean,
    integer,
    number,
    object_list,
    string,
    string_list,
    string_map,
    token_biases,
)

__all__ = [
    "COMPLETION_CHECKS",
    "EMBEDDING_CHECKS",
    "MESSAGE_CHECKS",
    "RESPONSE_CHECKS",
    "CompletionParams",
    "CompletionStreamParams",
    "EmbeddingParams",
    "MessageParams",
    "MessageStreamParams",
    "ResponseParams",
    "ResponseStreamParams",
]


class _CompletionBase(CallOptions, total=False):
    """Keyword arguments of `completions.create` (legacy text completions)."""

    prompt: Required[str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]]]
    model: str
    models: Sequence[str]
    suffix: str | None
    max_tokens: int | None
    temperature: float | None
    top_p: float | None
    top_k: int | None
    min_p: float | None
    top_a: float | None
    frequency_penalty: float | None
    presence_penalty: float | None
    repetition_penalty: float | None
    seed: int | None
    stop: str | Sequence[str] | None
    logit_bias: Mapping[str, float]
    logprobs: int | None
    echo: bool | None
    best_of: int | None
    n: int | None
    response_format: Mapping[str, Any]
    stream_options: Mapping[str, Any]
    provider: Mapping[str, Any] | None
    user: str
    metadata: Mapping[str, str]


class CompletionParams(_CompletionBase, total=False):
    """Keyword arguments of `completions.create`."""

    stream: Literal[False]


class CompletionStreamParams(_CompletionBase, total=False):
    """Keyword arguments of `completions.create(..., stream=True)`."""

    stream: Required[Literal[True]]


class _ResponseBase(CallOptions, total=False):
    """Keyword arguments of `responses.create` (OpenAI Responses-compatible)."""

    input: Required[str | Sequence[Mapping[str, Any] | Any]]
    model: str
    models: Sequence[str]
    instructions: str | None
    tools: Sequence[Mapping[str, Any] | Any]
    tool_choice: str | Mapping[str, Any]
    parallel_tool_calls: bool | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    temperature: float | None
    top_p: float | None
    top_k: int
    top_logprobs: int | None
    presence_penalty: float | None
    frequency_penalty: float | None
    stop: str | Sequence[str] | None
    reasoning: Mapping[str, Any] | None
    text: Mapping[str, Any]
    include: Sequence[str]
    truncation: str
    background: bool | None
    metadata: Mapping[str, str]
    prompt: Mapping[str, Any] | None
    prompt_cache_key: str | None
    prompt_cache_options: Mapping[str, Any] | None
    safety_identifier: str | None
    user: str
    session_id: str
    service_tier: str
    provider: Mapping[str, Any] | None
    plugins: Sequence[Mapping[str, Any]]
    modalities: Sequence[str]
    image_config: Mapping[str, Any]
    cache_control: Mapping[str, Any]
    debug: Mapping[str, Any]
    trace: Mapping[str, Any]
    stop_server_tools_when: Sequence[Mapping[str, Any]]
    store: bool


class ResponseParams(_ResponseBase, total=False):
    """Keyword arguments of `responses.create`."""

    stream: Literal[False]


class ResponseStreamParams(_ResponseBase, total=False):
    """Keyword arguments of `responses.create(..., stream=True)`."""

    stream: Required[Literal[True]]


class _MessageBase(CallOptions, total=False):
    """Keyword arguments of `messages.create` (Anthropic Messages-compatible)."""

    model: Required[str]
    messages: Required[Sequence[Mapping[str, Any] | Any]]
    max_tokens: int
    system: str | Sequence[Mapping[str, Any]]
    stop_sequences: Sequence[str]
    temperature: float
    top_p: float
    top_k: int
    tools: Sequence[Mapping[str, Any] | Any]
    tool_choice: Mapping[str, Any]
    thinking: Mapping[str, Any]
    output_config: Mapping[str, Any]
    speed: str
    context_management: Mapping[str, Any] | None
    metadata: Mapping[str, Any]
    cache_control: Mapping[str, Any]
    service_tier: str
    models: Sequence[str]
    fallbacks: Sequence[Mapping[str, Any]]
    provider: Mapping[str, Any] | None
    plugins: Sequence[Mapping[str, Any]]
    session_id: str
    user: str
    trace: Mapping[str, Any]
    stop_server_tools_when: Sequence[Mapping[str, Any]]


class MessageParams(_MessageBase, total=False):
    """Keyword arguments of `messages.create`."""

    stream: Literal[False]


class MessageStreamParams(_MessageBase, total=False):
    """Keyword arguments of `messages.create(..., stream=True)`."""

    stream: Required[Literal[True]]


class EmbeddingParams(CallOptions, total=False):
    """Keyword arguments of `embeddings.create`."""

    model: Required[str]
    input: Required[str | Sequence[Any]]
    encoding_format: str
    dimensions: int
    input_type: str
    user: str
    provider: Mapping[str, Any] | None
    session_id: str
    trace: Mapping[str, Any]


def _messages(name: str, value: Any) -> Any:
    if isinstance(value, str | Mapping) or not isinstance(value, Sequence) or not value:
        raise TypeError(f"{name} must be a non-empty list of messages")
    out = []
    for i, message in enumerate(any_json(name, value)):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
            raise ValueError(f"{name}[{i}].role must be 'user' or 'assistant'")
        if "content" not in message:
            raise ValueError(f"{name}[{i}] needs content")
        out.append(message)
    return out


def _input(name: str, value: Any) -> Any:
    if isinstance(value, str):
        if not value:
            raise ValueError(f"{name} must not be empty")
        return value
    if not isinstance(value, Sequence) or not value:
        raise TypeError(f"{name} must be a string or a non-empty list")
    return any_json(name, value)


COMPLETION_CHECKS: dict[str, Check] = {
    **SAMPLING_CHECKS,
    "prompt": _input,
    "suffix": string(nullable=True),
    "max_tokens": integer(1),
    "min_p": number(0, 1),
    "top_a": number(0, 1),
    "repetition_penalty": number(0, 2),
    "seed": integer(),
    "logit_bias": token_biases,
    "logprobs": integer(0, 20),
    "echo": boolean(),
    "best_of": integer(1),
    "n": integer(1),
    "response_format": OBJECT,
    "stream_options": OBJECT,
    "metadata": string_map,
}

RESPONSE_CHECKS: dict[str, Check] = {
    **SAMPLING_CHECKS,
    "input": _input,
    "instructions": string(nullable=True),
    "tools": object_list,
    "tool_choice": any_json,
    "parallel_tool_calls": boolean(),
    "max_output_tokens": integer(1),
    "max_tool_calls": integer(1),
    "top_logprobs": integer(0, 20),
    "reasoning": NULLABLE_OBJECT,
    "text": OBJECT,
    "include": string_list(),
    "truncation": string(),
    "background": boolean(),
    "metadata": string_map,
    "prompt": NULLABLE_OBJECT,
    "prompt_cache_key": string(nullable=True),
    "prompt_cache_options": NULLABLE_OBJECT,
    "safety_identifier": string(nullable=True),
    "session_id": string(max_length=256),
    "service_tier": string(),
    "plugins": object_list,
    "modalities": string_list(),
    "image_config": OBJECT,
    "cache_control": OBJECT,
    "debug": OBJECT,
    "trace": OBJECT,
    "stop_server_tools_when": object_list,
    "store": boolean(nullable=False),
}

MESSAGE_CHECKS: dict[str, Check] = {
    **SAMPLING_CHECKS,
    "temperature": number(0, 1, nullable=False),
    "messages": _messages,
    "max_tokens": integer(1, nullable=False),
    "system": any_json,
    "stop_sequences": string_list(),
    "tools": object_list,
    "tool_choice": OBJECT,
    "thinking": OBJECT,
    "output_config": OBJECT,
    "speed": string(),
    "context_management": NULLABLE_OBJECT,
    "metadata": OBJECT,
    "cache_control": OBJECT,
    "service_tier": string(),
    "fallbacks": any_json,
    "plugins": object_list,
    "session_id": string(max_length=256),
    "trace": OBJECT,
    "stop_server_tools_when": object_list,
}

EMBEDDING_CHECKS: dict[str, Check] = {
    "model": string(),
    "input": _input,
    "encoding_format": string(),
    "dimensions": integer(1),
    "input_type": string(),
    "user": string(),
    "provider": NULLABLE_OBJECT,
    "session_id": string(max_length=256),
    "trace": OBJECT,
}
