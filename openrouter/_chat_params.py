"""The parameters of `chat.completions.create`: their types (a TypedDict) and their checks.

Ranges follow OpenRouter's parameter documentation. Anything the API adds later can be sent with
`extra_body`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from ._validation import (
    CallOptions,
    Check,
    boolean,
    build_payload,
    integer,
    json_object,
    number,
    string,
    string_list,
    string_or_list,
    to_json,
)

__all__ = [
    "CHAT_CHECKS",
    "ChatCompletionParams",
    "ChatCompletionStreamParams",
    "build_chat_payload",
    "check_messages",
]

ROLES = ("system", "developer", "user", "assistant", "tool")
PART_TYPES = ("text", "image_url", "input_audio", "file", "video_url", "input_video")

Message = Mapping[str, Any]


class _ChatParams(CallOptions, total=False):
    messages: Required[Sequence[Message | Any]]
    model: str
    models: Sequence[str]
    temperature: float | None
    top_p: float | None
    top_k: int | None
    min_p: float | None
    top_a: float | None
    frequency_penalty: float | None
    presence_penalty: float | None
    repetition_penalty: float | None
    seed: int | None
    max_tokens: int | None
    max_completion_tokens: int | None
    stop: str | Sequence[str] | None
    logit_bias: Mapping[str, float] | None
    logprobs: bool | None
    top_logprobs: int | None
    prediction: Mapping[str, Any] | Any
    verbosity: Literal["low", "medium", "high", "xhigh", "max"] | str
    web_search_options: Mapping[str, Any] | Any
    tools: Sequence[Mapping[str, Any] | Any]
    tool_choice: str | Mapping[str, Any] | Any
    parallel_tool_calls: bool | None
    stop_server_tools_when: Sequence[Mapping[str, Any] | Any]
    deferred_tools: Mapping[str, Any] | Any
    response_format: Mapping[str, Any] | Any
    reasoning: Mapping[str, Any] | Any
    reasoning_effort: str | None
    include_reasoning: bool
    provider: Mapping[str, Any] | Any | None
    route: str | None
    plugins: Sequence[Mapping[str, Any] | Any]
    session_id: str
    user: str
    metadata: Mapping[str, str]
    trace: Mapping[str, Any] | Any
    service_tier: str | None
    modalities: Sequence[str]
    image_config: Mapping[str, Any] | Any
    cache_control: Mapping[str, Any] | Any
    prompt_cache_key: str | None
    prompt_cache_options: Mapping[str, Any] | Any | None
    debug: Mapping[str, Any] | Any
    stream_options: Mapping[str, Any] | Any | None
    usage: Mapping[str, Any] | Any
    transforms: Sequence[str]
    preset: str


class ChatCompletionParams(_ChatParams, total=False):
    """Keyword arguments of `chat.completions.create` (`messages` and a model are required)."""

    stream: Literal[False]


class ChatCompletionStreamParams(_ChatParams, total=False):
    """Keyword arguments of `chat.completions.create(..., stream=True)`."""

    stream: Required[Literal[True]]


def _check_part(name: str, part: Any) -> Any:
    part = to_json(part)
    if not isinstance(part, dict):
        raise TypeError(f"{name} must be a content part mapping, got {type(part).__name__}")
    kind = part.get("type")
    if kind not in PART_TYPES:
        raise ValueError(f"{name}.type must be one of {', '.join(PART_TYPES)}; got {kind!r}")
    if kind not in part and kind != "text":
        raise ValueError(f"{name} of type {kind!r} needs a {kind!r} field")
    if kind == "text" and not isinstance(part.get("text"), str):
        raise TypeError(f"{name}.text must be a string")
    return part


def _check_content(name: str, content: Any, *, nullable: bool) -> Any:
    if content is None and nullable:
        return None
    if isinstance(content, str):
        return content
    if isinstance(content, Sequence) and not isinstance(content, bytes | bytearray):
        return [_check_part(f"{name}[{i}]", part) for i, part in enumerate(content)]
    raise TypeError(
        f"{name} must be a string or a list of content parts, got {type(content).__name__}"
    )


def check_messages(name: str, value: Any) -> list[dict[str, Any]]:
    """The `messages` list: non-empty, known roles, well-formed content."""
    if isinstance(value, str | Mapping) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of messages, got {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must contain at least one message")
    out: list[dict[str, Any]] = []
    for i, raw in enumerate(value):
        where = f"{name}[{i}]"
        message = to_json(raw)
        if not isinstance(message, dict):
            raise TypeError(f"{where} must be a mapping with 'role' and 'content'")
        role = message.get("role")
        if role not in ROLES:
            raise ValueError(f"{where}.role must be one of {', '.join(ROLES)}; got {role!r}")
        if role == "assistant":
            if "content" not in message and not message.get("tool_calls"):
                raise ValueError(f"{where}: an assistant message needs content or tool_calls")
            message["content"] = _check_content(
                f"{where}.content", message.get("content"), nullable=True
            )
        else:
            if "content" not in message:
                raise ValueError(f"{where}: a {role} message needs content")
            message["content"] = _check_content(
                f"{where}.content", message["content"], nullable=False
            )
        if role == "tool" and not isinstance(message.get("tool_call_id"), str):
            raise ValueError(f"{where}: a tool message needs a tool_call_id string")
        out.append(message)
    return out


def _check_logit_bias(name: str, value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must map token ids to biases")
    for token, bias in value.items():
        number(-100, 100, nullable=False)(f"{name}[{token!r}]", bias)
    return {str(k): v for k, v in value.items()}


def _check_tool_choice(name: str, value: Any) -> Any:
    if isinstance(value, str):
        if value not in ("none", "auto", "required"):
            raise ValueError(f"{name} must be 'none', 'auto', 'required' or a tool object")
        return value
    return json_object(nullable=False)(name, value)


def _check_metadata(name: str, value: Any) -> Any:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must map strings to strings")
    if len(value) > 16:
        raise ValueError(f"{name} takes at most 16 pairs, got {len(value)}")
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(f"{name} must map strings to strings")
        if len(key) > 64 or len(item) > 512:
            raise ValueError(f"{name}: keys are at most 64 and values 512 characters")
    return dict(value)


def _object_list(name: str, value: Any) -> Any:
    if isinstance(value, str | Mapping) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list, got {type(value).__name__}")
    return [json_object(nullable=False)(f"{name}[{i}]", item) for i, item in enumerate(value)]


_obj = json_object(nullable=False)
_nullable_obj = json_object(nullable=True)

CHAT_CHECKS: dict[str, Check] = {
    "messages": check_messages,
    "model": string(),
    "models": string_list(min_items=1),
    "stream": boolean(nullable=False),
    "temperature": number(0, 2),
    "top_p": number(0, 1),
    "top_k": integer(0),
    "min_p": number(0, 1),
    "top_a": number(0, 1),
    "frequency_penalty": number(-2, 2),
    "presence_penalty": number(-2, 2),
    "repetition_penalty": number(0, 2),
    "seed": integer(),
    "max_tokens": integer(1),
    "max_completion_tokens": integer(1),
    "stop": string_or_list(max_items=4),
    "logit_bias": _check_logit_bias,
    "logprobs": boolean(),
    "top_logprobs": integer(0, 20),
    "prediction": _obj,
    "verbosity": string(),
    "web_search_options": _obj,
    "tools": _object_list,
    "tool_choice": _check_tool_choice,
    "parallel_tool_calls": boolean(),
    "stop_server_tools_when": _object_list,
    "deferred_tools": _obj,
    "response_format": _obj,
    "reasoning": _obj,
    "reasoning_effort": string(nullable=True),
    "include_reasoning": boolean(nullable=False),
    "provider": _nullable_obj,
    "route": string(nullable=True),
    "plugins": _object_list,
    "session_id": string(max_length=256),
    "user": string(),
    "metadata": _check_metadata,
    "trace": _obj,
    "service_tier": string(nullable=True),
    "modalities": string_list(),
    "image_config": _obj,
    "cache_control": _obj,
    "prompt_cache_key": string(nullable=True),
    "prompt_cache_options": _nullable_obj,
    "debug": _obj,
    "stream_options": _nullable_obj,
    "usage": _obj,
    "transforms": string_list(),
    "preset": string(),
}


def build_chat_payload(params: Mapping[str, Any], *, operation: str) -> dict[str, Any]:
    """Validate chat parameters and return the JSON body (nothing is sent on error)."""
    payload = build_payload(operation, CHAT_CHECKS, params, required=("messages",))
    if "model" not in payload and "models" not in payload and "preset" not in payload:
        raise TypeError(f"{operation}() needs a model: pass model=... (or models=[...])")
    if payload.get("top_logprobs") is not None and not payload.get("logprobs"):
        raise ValueError("top_logprobs requires logprobs=True")
    reasoning = payload.get("reasoning")
    if isinstance(reasoning, dict) and "effort" in reasoning and "max_tokens" in reasoning:
        raise ValueError("reasoning takes either effort or max_tokens, not both")
    return payload
