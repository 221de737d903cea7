"""What a call's request and answer say, as OpenTelemetry GenAI semantic-convention attributes.

Pure functions on request bodies and answers (generated models or plain dicts), used by
`openrouter.otel`; nothing here imports OpenTelemetry.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

from ._errors import APIStatusError
from ._http import errors, is_response
from ._logging import redact
from ._middleware import Retrying
from ._raw import RawResponse
from ._streaming import AsyncStream, Stream

if TYPE_CHECKING:
    import httpx

__all__ = [
    "GENAI_OPERATIONS",
    "PROVIDER",
    "Attributes",
    "answer_of",
    "clean",
    "generation_id_of",
    "input_content",
    "json_body",
    "output_content",
    "request_attributes",
    "response_attributes",
    "retry_attributes",
]

PROVIDER = "openrouter"

#: GenAI operation names (`gen_ai.operation.name`) of the inference operations; any other
#: operation is named by its operation id.
GENAI_OPERATIONS = {
    "create_chat_completion": "chat",
    "create_response": "chat",
    "create_message": "chat",
    "create_completion": "text_completion",
    "create_embeddings": "embeddings",
    "create_image": "generate_content",
    "create_speech": "generate_content",
    "create_transcription": "generate_content",
    "create_video": "generate_content",
    "create_rerank": "rerank",
}

#: Request body fields recorded as they are: body name -> attribute.
_REQUEST_NUMBERS = {
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "top_k": "gen_ai.request.top_k",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "seed": "gen_ai.request.seed",
    "max_tokens": "gen_ai.request.max_tokens",
    "max_completion_tokens": "gen_ai.request.max_tokens",
    "max_output_tokens": "gen_ai.request.max_tokens",
}

Attributes = dict[str, Any]


# -- what the request and the answer say ---------------------------------------------------------
def _unreadable() -> tuple[type[BaseException], ...]:
    return (ValueError, *errors("RequestNotRead"))


def json_body(request: httpx.Request) -> dict[str, Any]:
    """The request's JSON body as sent, or {} (multipart, binary and bodiless requests)."""
    if "json" not in request.headers.get("content-type", ""):
        return {}
    try:
        body = json.loads(request.content)
    except _unreadable():
        return {}
    return body if isinstance(body, dict) else {}


def request_attributes(body: Mapping[str, Any]) -> Attributes:
    attributes: Attributes = {}
    if isinstance(body.get("model"), str):
        attributes["gen_ai.request.model"] = body["model"]
    for name, attribute in _REQUEST_NUMBERS.items():
        value = body.get(name)
        if _is_number(value):
            attributes[attribute] = value
    if _is_number(body.get("n")) and body["n"] != 1:
        attributes["gen_ai.request.choice.count"] = body["n"]
    stop = body.get("stop", body.get("stop_sequences"))
    if isinstance(stop, str):
        stop = [stop]
    if isinstance(stop, list) and all(isinstance(s, str) for s in stop):
        attributes["gen_ai.request.stop_sequences"] = stop
    reasoning = body.get("reasoning")
    if isinstance(reasoning, Mapping) and isinstance(reasoning.get("effort"), str):
        attributes["gen_ai.request.reasoning.level"] = reasoning["effort"]
    response_format = body.get("response_format")
    if isinstance(response_format, Mapping) and isinstance(response_format.get("type"), str):
        kind = response_format["type"]
        attributes["gen_ai.output.type"] = "json" if kind.startswith("json") else kind
    if isinstance(body.get("encoding_format"), str):
        attributes["gen_ai.request.encoding_formats"] = [body["encoding_format"]]
    if isinstance(body.get("previous_response_id"), str):
        attributes["gen_ai.request.previous_response.id"] = body["previous_response_id"]
    models = body.get("models")
    if isinstance(models, list) and all(isinstance(m, str) for m in models):
        attributes["openrouter.request.models"] = models
    return attributes


def answer_of(result: Any) -> Any:
    """What a call returned, as something `_get` reads: a model, or a plain dict."""
    if isinstance(result, Stream | AsyncStream):
        return result.snapshot()
    if isinstance(result, RawResponse):
        body = result.json()
        return body if isinstance(body, dict) else None
    if is_response(result):  # a download: nothing to read in it
        return None
    return result


def response_attributes(answer: Any) -> Attributes:
    attributes: Attributes = {
        "gen_ai.response.id": _get(answer, "id"),
        "gen_ai.response.model": _get(answer, "model"),
        "openrouter.provider": _get(answer, "provider"),
    }
    choices = _get(answer, "choices")
    if isinstance(choices, list):
        reasons = [_text(_get(choice, "finish_reason")) for choice in choices]
        attributes["gen_ai.response.finish_reasons"] = [r for r in reasons if r]
    else:
        reason = _text(_get(answer, "stop_reason")) or _text(_get(answer, "status"))
        if reason:
            attributes["gen_ai.response.finish_reasons"] = [reason]
    usage = _get(answer, "usage")
    if usage is not None:
        attributes.update(_usage_attributes(usage))
    return attributes


def _usage_attributes(usage: Any) -> Attributes:
    """Token counts and cost, whichever API shape the usage has (chat, responses, messages)."""
    output_details = _first(usage, "completion_tokens_details", "output_tokens_details")
    input_details = _first(usage, "prompt_tokens_details", "input_tokens_details")
    cached = _get(input_details, "cached_tokens") if input_details is not None else None
    attributes: Attributes = {
        "gen_ai.usage.input_tokens": _first(usage, "prompt_tokens", "input_tokens"),
        "gen_ai.usage.output_tokens": _first(usage, "completion_tokens", "output_tokens"),
        "gen_ai.usage.cache_read.input_tokens": cached
        if cached is not None
        else _get(usage, "cache_read_input_tokens"),
        "openrouter.cost": _get(usage, "cost"),
    }
    if output_details is not None:
        attributes["gen_ai.usage.reasoning.output_tokens"] = _get(
            output_details, "reasoning_tokens"
        )
    return attributes


def generation_id_of(attributes: Attributes) -> str | None:
    """OpenRouter's answer ids are its generation ids (`gen-...`)."""
    response_id = attributes.get("gen_ai.response.id")
    if isinstance(response_id, str) and response_id.startswith("gen-"):
        return response_id
    return None


def input_content(body: Mapping[str, Any]) -> Attributes:
    attributes: Attributes = {}
    messages = body.get("messages", body.get("input", body.get("prompt")))
    if messages is not None:
        attributes["gen_ai.input.messages"] = _dumps(messages)
    instructions = body.get("system", body.get("instructions"))
    if instructions is not None:
        attributes["gen_ai.system_instructions"] = _dumps(instructions)
    return attributes


def output_content(answer: Any) -> Attributes:
    choices = _get(answer, "choices")
    if isinstance(choices, list):
        output = [_get(c, "message") or {"text": _get(c, "text")} for c in choices]
    elif _get(answer, "output") is not None:
        output = _get(answer, "output")
    elif _get(answer, "content") is not None:
        output = [{"role": "assistant", "content": _get(answer, "content")}]
    else:
        return {}
    return {"gen_ai.output.messages": _dumps(output)}


# -- small readers -------------------------------------------------------------------------------
def _get(value: Any, name: str) -> Any:
    """A field of a dict or of a generated model (its unknown fields included), or None."""
    if isinstance(value, Mapping):
        return value.get(name)
    found = getattr(value, name, None)
    if found is None:
        extra = getattr(value, "additional_properties", None)
        if isinstance(extra, Mapping):
            return extra.get(name)
    return found


def _first(value: Any, *names: str) -> Any:
    for name in names:
        found = _get(value, name)
        if found is not None:
            return found
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, Enum):
        value = value.value
    return value if isinstance(value, str) else None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _plain(value: Any) -> Any:
    """Models as plain data, for JSON."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _dumps(value: Any) -> str:
    return json.dumps(_plain(value), ensure_ascii=False, default=str)


def clean(attributes: Attributes) -> Attributes:
    """Only values OpenTelemetry takes (enums as their value, None and empty lists dropped),
    with key-shaped text masked."""
    kept: Attributes = {}
    for name, value in attributes.items():
        if isinstance(value, Enum):
            value = value.value
        if isinstance(value, str):
            kept[name] = redact(value)
        elif isinstance(value, bool | int | float):
            kept[name] = value
        elif isinstance(value, list) and value:
            items = [redact(v) if isinstance(v, str) else v for v in value]
            if all(isinstance(v, str) for v in items) or all(_is_number(v) for v in items):
                kept[name] = items
    return kept


def retry_attributes(event: Retrying) -> Attributes:
    attributes: Attributes = {
        "openrouter.attempt": event.call.attempt,
        "openrouter.retry.delay": event.delay,
        "error.type": type(event.error).__qualname__,
    }
    if isinstance(event.error, APIStatusError):
        attributes["http.response.status_code"] = event.error.status_code
    return attributes
