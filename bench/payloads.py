"""The bodies the bench server sends, in OpenRouter's shapes, built once as bytes.

Everything is deterministic (no clock, no randomness), so every run and every client sees the
same bytes: a chat completion with OpenRouter's usage (`cost`, `is_byok`, `cost_details`), the
SSE stream of a chat completion, and a 300-model `/models` catalogue.
"""

from __future__ import annotations

import json
from typing import Any

GENERATION_ID = "gen-1763700000-4kTq0ZzbUq8Hn2VwYpLx"
CREATED = 1_763_700_000
MODEL = "openai/gpt-4o-mini"
PROVIDER = "OpenAI"
CATALOGUE_SIZE = 300

_TEXT = (
    "The quick brown fox jumps over the lazy dog while a careful reader checks every token "
    "that the model streams back, counting characters, costs and latency to the microsecond, "
    "because a client library should never be the slow part of a conversation with a model"
)
_WORDS = tuple(_TEXT.split())

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


def _chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": GENERATION_ID,
        "provider": PROVIDER,
        "model": MODEL,
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


def stream_events(chunks: int) -> list[bytes]:
    """The SSE events of a streamed completion with `chunks` content chunks, one word each.

    A keep-alive comment, a role chunk, the content chunks, a finish chunk, a usage chunk with
    `"choices": []`, and `data: [DONE]`: `chunks + 3` data chunks before `[DONE]`.
    """
    events = [b": OPENROUTER PROCESSING\n\n"]
    events.append(b"data: " + _dumps(_chunk({"role": "assistant", "content": ""})) + b"\n\n")
    for index in range(chunks):
        word = " " + _WORDS[index % len(_WORDS)]
        delta = {"role": "assistant", "content": word}
        events.append(b"data: " + _dumps(_chunk(delta)) + b"\n\n")
    finish = _chunk({"role": "assistant", "content": ""}, "stop")
    events.append(b"data: " + _dumps(finish) + b"\n\n")
    last = _chunk({})
    last["choices"] = []
    last["usage"] = usage(14, chunks)
    events.append(b"data: " + _dumps(last) + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return events


def stream_text_chars(chunks: int) -> int:
    """The number of content characters a stream of `chunks` chunks carries (for checks)."""
    return sum(len(_WORDS[i % len(_WORDS)]) + 1 for i in range(chunks))


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
