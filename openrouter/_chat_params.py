"""The parameters of `chat.completions.create`: their types (a TypedDict) and their checks.

Ranges follow OpenRouter's parameter documentation. Anything the API adds later can be sent with
`extra_body`.
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
    boolean,
    build_payload,
    integer,
    number,
    object_list,
    string,
    string_list,
    string_map,
    to_json,
    token_biases,
)

__all__ = [
    "CHAT_CHECKS",
    "TOOL_CHOICE_MODES",
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
    # `check_messages` already turned the message (parts included) into plain JSON data.
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


#: The tool choices given by name; anything else is a tool object.
TOOL_CHOICE_MODES = ("none", "auto", "required")


def _check_tool_choice(name: str, value: Any) -> Any:
    if isinstance(value, str):
        if value not in TOOL_CHOICE_MODES:
            raise ValueError(f"{name} must be 'none', 'auto', 'required' or a tool object")
        return value
    return OBJECT(name, value)


CHAT_CHECKS: dict[str, Check] = {
    **SAMPLING_CHECKS,
    "messages": check_messages,
    "min_p": number(0, 1),
    "top_a": number(0, 1),
    "repetition_penalty": number(0, 2),
    "seed": integer(),
    "max_tokens": integer(1),
    "max_completion_tokens": integer(1),
    "logit_bias": token_biases,
    "logprobs": boolean(),
    "top_logprobs": integer(0, 20),
    "prediction": OBJECT,
    "verbosity": string(),
    "web_search_options": OBJECT,
    "tools": object_list,
    "tool_choice": _check_tool_choice,
    "parallel_tool_calls": boolean(),
    "stop_server_tools_when": object_list,
    "deferred_tools": OBJECT,
    "response_format": OBJECT,
    "reasoning": OBJECT,
    "reasoning_effort": string(nullable=True),
    "include_reasoning": boolean(nullable=False),
    "route": string(nullable=True),
    "plugins": object_list,
    "session_id": string(max_length=256),
    "metadata": string_map,
    "trace": OBJECT,
    "service_tier": string(nullable=True),
    "modalities": string_list(),
    "image_config": OBJECT,
    "cache_control": OBJECT,
    "prompt_cache_key": string(nullable=True),
    "prompt_cache_options": NULLABLE_OBJECT,
    "debug": OBJECT,
    "stream_options": NULLABLE_OBJECT,
    "usage": OBJECT,
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
