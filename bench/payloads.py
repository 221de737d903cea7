"""The bodies the bench server sends, in OpenRouter's shapes, built once as bytes.

Everything is deterministic (no clock, no randomness), so every run and every client sees the
same bytes: a chat completion with OpenRouter's usage (`cost`, `is_byok`, `cost_details`), the
SSE streams of a chat completion (`STREAM_KINDS`: plain content, a reasoning model's reasoning
then content, a tool call whose arguments arrive in small pieces), and a 300-model `/models`
catalogue.
"""

from __future__ import annotations

import json
from typing import Any

GENERATION_ID = "gen-1763700000-4kTq0ZzbUq8Hn2VwYpLx"
CREATED = 1_763_700_000
MODEL = "openai/gpt-4o-mini"
PROVIDER = "OpenAI"
CATALOGUE_SIZE = 300
REASONING_MODEL = "anthropic/claude-sonnet-4.5"
REASONING_PROVIDER = "Anthropic"
REASONING_FORMAT = "anthropic-claude-v1"
REASONING_SIGNATURE = "EqQBCkYIBxgCKkDbench0signature0of0the0reasoning0block0AAAA=="
TOOL_NAME = "get_weather"
TOOL_CALL_ID = "call_3fZq9kLmN2pQ7rT1vW8xY0aB"
# The kinds of stream the server sends (`X-Bench-Stream` header or `kind` query parameter).
STREAM_KINDS = ("content", "reasoning", "tools")

_TEXT = (
    "The quick brown fox jumps over the lazy dog while a careful reader checks every token "
    "that the model streams back, counting characters, costs and latency to the microsecond, "
    "because a client library should never be the slow part of a conversation with a model"
)
_WORDS = tuple(_TEXT.split())
_THINKING = (
    "The user wants the capital of France. That is Paris; no tool is needed and the answer is "
    "short, so I will state it plainly, then add one or two facts about the city that a reader "
    "would find useful without being asked, and offer more detail if they want it"
)
_THOUGHTS = tuple(_THINKING.split())

_ANSWER = (
    "Paris is the capital of France. It sits on the Seine, has about two million inhabitants "
    "in the city proper, and is known for the Louvre, the Eiffel Tower and its cafes. "
    "If you need more detail about its history or districts, ask a follow-up question."
)


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    """OpenRouter's chat `usage`, cost included (gpt-4o-mini prices)."""
    prompt_cost = prompt_tokens * 0.00000015
    completion_cost = completion_tokens * 0.0000006
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "cost": round(prompt_cost + completion_cost, 12),
        "is_byok": False,
        "prompt_tokens_details": {
            "cached_tokens": 0,
            "cache_write_tokens": 0,
            "audio_tokens": 0,
            "video_tokens": 0,
        },
        "cost_details": {
            "upstream_inference_cost": None,
            "upstream_inference_prompt_cost": round(prompt_cost, 12),
            "upstream_inference_completions_cost": round(completion_cost, 12),
        },
        "completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 0, "audio_tokens": 0},
    }


def completion_body() -> bytes:
    """A non-streaming chat completion as OpenRouter returns it."""
    body = {
        "id": GENERATION_ID,
        "provider": PROVIDER,
        "model": MODEL,
        "object": "chat.completion",
        "created": CREATED,
        "choices": [
            {
                "logprobs": None,
                "finish_reason": "stop",
                "native_finish_reason": "stop",
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": _ANSWER,
                    "refusal": None,
                    "reasoning": None,
                },
            }
        ],
        "system_fingerprint": "fp_560af6e559",
        "usage": usage(14, len(_ANSWER.split())),
    }
    return _dumps(body)


def _chunk(
    delta: dict[str, Any],
    finish: str | None = None,
    model: str = MODEL,
    provider: str = PROVIDER,
) -> dict[str, Any]:
    return {
        "id": GENERATION_ID,
        "provider": provider,
        "model": model,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "choices": [
            {
                "index": 0,
                "delta": delta,
                "finish_reason": finish,
                "native_finish_reason": finish,
                "logprobs": None,
            }
        ],
        "system_fingerprint": "fp_560af6e559",
    }


def _event(chunk: dict[str, Any]) -> bytes:
    return b"data: " + _dumps(chunk) + b"\n\n"


def _word(words: tuple[str, ...], index: int) -> str:
    return " " + words[index % len(words)]


def stream_events(chunks: int, kind: str = "content") -> list[bytes]:
    """The SSE events of a streamed completion with `chunks` chunks between its first and last.

    A keep-alive comment, a first chunk (the role; for `tools` also the tool call's id, type and
    name), the `chunks` chunks of the kind, a finish chunk, a usage chunk with `"choices": []`,
    and `data: [DONE]`: `chunks + 3` data chunks before `[DONE]`, whatever the kind.

    - `content`: one word of content per chunk, finish reason `stop`.
    - `reasoning` (a reasoning model, as OpenRouter streams it): `reasoning_chunks(chunks)`
      chunks of one word each in `delta.reasoning` and in a `reasoning.text` entry of
      `delta.reasoning_details` (the last one also carries the block's signature), then one
      word of content per chunk; finish reason `stop`, reasoning tokens in the usage.
    - `tools`: one tool call whose `function.arguments` (`tool_arguments(chunks)`, a JSON
      object) arrive in `chunks` pieces of a few characters; finish reason `tool_calls`.
    """
    if kind not in STREAM_KINDS:
        raise ValueError(f"unknown stream kind {kind!r}; choose from {', '.join(STREAM_KINDS)}")
    events = [b": OPENROUTER PROCESSING\n\n"]
    model, provider, finish, reasoning_tokens = MODEL, PROVIDER, "stop", 0
    if kind == "content":
        events.append(_event(_chunk({"role": "assistant", "content": ""})))
        for index in range(chunks):
            delta = {"role": "assistant", "content": _word(_WORDS, index)}
            events.append(_event(_chunk(delta)))
    elif kind == "reasoning":
        model, provider = REASONING_MODEL, REASONING_PROVIDER
        reasoning_tokens = thinking = reasoning_chunks(chunks)
        events.append(_event(_chunk({"role": "assistant", "content": ""}, None, model, provider)))
        for index in range(thinking):
            word = _word(_THOUGHTS, index)
            detail: dict[str, Any] = {
                "type": "reasoning.text",
                "text": word,
                "format": REASONING_FORMAT,
                "index": 0,
            }
            if index == thinking - 1:
                detail["signature"] = REASONING_SIGNATURE
            delta = {
                "role": "assistant",
                "content": "",
                "reasoning": word,
                "reasoning_details": [detail],
            }
            events.append(_event(_chunk(delta, None, model, provider)))
        for index in range(chunks - thinking):
            delta = {"role": "assistant", "content": _word(_WORDS, index)}
            events.append(_event(_chunk(delta, None, model, provider)))
    else:
        finish = "tool_calls"
        call = {"index": 0, "id": TOOL_CALL_ID, "type": "function"}
        call["function"] = {"name": TOOL_NAME, "arguments": ""}
        delta = {"role": "assistant", "content": None, "tool_calls": [call]}
        events.append(_event(_chunk(delta)))
        for piece in _argument_pieces(chunks):
            call = {"index": 0, "type": "function", "function": {"arguments": piece}}
            events.append(
                _event(_chunk({"role": "assistant", "content": None, "tool_calls": [call]}))
            )
    events.append(_event(_chunk({"role": "assistant", "content": ""}, finish, model, provider)))
    last = _chunk({}, None, model, provider)
    last["choices"] = []
    last["usage"] = usage(14, chunks)
    last["usage"]["completion_tokens_details"]["reasoning_tokens"] = reasoning_tokens
    events.append(_event(last))
    events.append(b"data: [DONE]\n\n")
    return events


def reasoning_chunks(chunks: int) -> int:
    """How many of a reasoning stream's `chunks` chunks carry reasoning (the rest: content)."""
    return chunks * 3 // 4


def tool_arguments(chunks: int) -> str:
    """The tool call's whole `arguments` in a `tools` stream: JSON, about 4 characters a chunk."""
    if chunks <= 0:
        return ""
    words: list[str] = []
    size = 0
    while size < 4 * chunks:
        words.append(_WORDS[len(words) % len(_WORDS)])
        size += len(words[-1]) + 1
    return json.dumps({"location": "Paris, France", "unit": "celsius", "notes": " ".join(words)})


def _argument_pieces(chunks: int) -> list[str]:
    text = tool_arguments(chunks)
    return [text[i * len(text) // chunks : (i + 1) * len(text) // chunks] for i in range(chunks)]


def stream_expected(chunks: int, kind: str = "content") -> dict[str, Any]:
    """What reading a stream of `kind` must find (for the runner's checks).

    `chunks`: data chunks before `[DONE]`; `chars`: content characters; `reasoning`: characters
    of `delta.reasoning`; `details`: characters of the `text` of `delta.reasoning_details`;
    `arguments`: characters of the tool calls' `function.arguments`; `finish`: the last finish
    reason (None for `content`, whose readers do not look at it).
    """
    thinking = reasoning_chunks(chunks) if kind == "reasoning" else 0
    content = 0 if kind == "tools" else chunks - thinking
    reasoning = sum(len(_word(_THOUGHTS, i)) for i in range(thinking))
    return {
        "chunks": chunks + 3,
        "chars": sum(len(_word(_WORDS, i)) for i in range(content)),
        "reasoning": reasoning,
        "details": reasoning,
        "arguments": len(tool_arguments(chunks)) if kind == "tools" else 0,
        "finish": {"content": None, "reasoning": "stop", "tools": "tool_calls"}[kind],
    }


def stream_text_chars(chunks: int) -> int:
    """The number of content characters a content stream of `chunks` chunks carries."""
    return int(stream_expected(chunks)["chars"])


_AUTHORS = (
    ("openai", "OpenAI", "GPT", "OpenAI"),
    ("anthropic", "Anthropic", "Claude", "Anthropic"),
    ("google", "Google", "Gemini", "Google"),
    ("meta-llama", "Meta", "Llama3", "DeepInfra"),
    ("mistralai", "Mistral", "Mistral", "Mistral"),
    ("qwen", "Qwen", "Qwen", "Together"),
    ("deepseek", "DeepSeek", "DeepSeek", "DeepSeek"),
    ("x-ai", "xAI", "Grok", "xAI"),
    ("cohere", "Cohere", "Cohere", "Cohere"),
    ("nousresearch", "Nous", "Llama3", "Lambda"),
)
_FAMILIES = ("chat", "instruct", "pro", "flash", "mini", "large", "small", "turbo", "coder", "vl")
_PARAMETERS = (
    "max_tokens",
    "temperature",
    "top_p",
    "stop",
    "frequency_penalty",
    "presence_penalty",
    "seed",
    "logit_bias",
    "logprobs",
    "top_logprobs",
    "response_format",
    "structured_outputs",
    "tools",
    "tool_choice",
    "reasoning",
    "include_reasoning",
    "top_k",
    "min_p",
    "repetition_penalty",
)


def _price(value: float) -> str:
    return f"{value:.10f}".rstrip("0").rstrip(".") or "0"


def catalogue_model(index: int) -> dict[str, Any]:
    """One `/models` entry, shaped like OpenRouter's (all fields the API documents)."""
    slug, vendor, tokenizer, _provider = _AUTHORS[index % len(_AUTHORS)]
    family = _FAMILIES[(index // len(_AUTHORS)) % len(_FAMILIES)]
    version = f"{1 + index // 100}.{index % 7}"
    model_id = f"{slug}/{family}-{version}-{index:03d}"
    free = index % 23 == 0
    if free:
        model_id += ":free"
    multimodal = index % 3 == 0
    inputs = ["text", "image", "file"] if multimodal else ["text"]
    prompt = 0.0 if free else 0.0000001 * (1 + index % 40)
    completion = 0.0 if free else prompt * 4
    reasoning = index % 4 == 0
    context = (8_192, 32_768, 128_000, 200_000, 1_048_576)[index % 5]
    parameters = list(_PARAMETERS[: 8 + index % 12])
    description = (
        f"{vendor} {family.title()} {version} is a {'multimodal' if multimodal else 'text'} model "
        f"tuned for {('dialogue', 'code', 'agents', 'long documents')[index % 4]}. It supports a "
        f"context of {context:,} tokens, tool calling and structured outputs, and is served by "
        "several providers with automatic fallback. Pricing is per token; see the endpoints "
        "page for per-provider latency, throughput and uptime figures."
    )
    model: dict[str, Any] = {
        "id": model_id,
        "canonical_slug": f"{slug}/{family}-{version}-{index:03d}-20250101",
        "hugging_face_id": f"{vendor}/{family}-{version}" if index % 2 else None,
        "name": f"{vendor}: {family.title()} {version}{' (free)' if free else ''}",
        "created": 1_700_000_000 + index * 86_400,
        "description": description,
        "context_length": context,
        "architecture": {
            "modality": "+".join(inputs) + "->text",
            "input_modalities": inputs,
            "output_modalities": ["text"],
            "tokenizer": tokenizer,
            "instruct_type": "chatml" if index % 5 == 1 else None,
        },
        "pricing": {
            "prompt": _price(prompt),
            "completion": _price(completion),
            "request": "0",
            "image": _price(prompt * 1000) if multimodal else "0",
            "web_search": "0.01" if index % 6 == 0 else "0",
            "internal_reasoning": _price(completion) if reasoning else "0",
            "input_cache_read": _price(prompt / 10),
            "input_cache_write": _price(prompt * 1.25),
        },
        "top_provider": {
            "context_length": context,
            "max_completion_tokens": min(context, 16_384) if index % 4 else None,
            "is_moderated": slug in ("openai", "anthropic"),
        },
        "per_request_limits": None,
        "supported_parameters": parameters,
        "default_parameters": {"temperature": None, "top_p": None, "frequency_penalty": None},
        "supported_voices": None,
        "knowledge_cutoff": "2025-06-01" if index % 2 else None,
        "expiration_date": None,
        "links": {"details": f"/api/v1/models/{model_id}/endpoints"},
    }
    if reasoning:
        model["reasoning"] = {
            "supported_efforts": ["low", "medium", "high"],
            "default_effort": "medium",
            "default_enabled": False,
            "supports_max_tokens": True,
            "mandatory": False,
        }
    return model


def catalogue_body(size: int = CATALOGUE_SIZE) -> bytes:
    """The `/models` body: `data`, `total_count` and `links`."""
    models = [catalogue_model(i) for i in range(size)]
    return _dumps({"data": models, "total_count": size, "links": {"next": None}})
