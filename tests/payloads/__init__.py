"""Realistic OpenRouter payloads, written from the API facts, shared by several tests."""

from __future__ import annotations

from typing import Any

CHAT_COMPLETION: dict[str, Any] = {
    "id": "gen-1764000000-Q7vXcN2pLm4RtY8s",
    "object": "chat.completion",
    "created": 1764000000,
    "model": "openai/gpt-4o-mini",
    "provider": "OpenAI",
    "system_fingerprint": "fp_a1b2c3",
    "choices": [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "native_finish_reason": "tool_calls",
            "logprobs": None,
            "message": {
                "role": "assistant",
                "content": None,
                "refusal": None,
                "reasoning": "The user wants the weather, so call the tool.",
                "reasoning_details": [
                    {
                        "type": "reasoning.text",
                        "text": "The user wants the weather.",
                        "signature": "sig-1",
                        "id": "rs_1",
                        "format": "anthropic-claude-v1",
                        "index": 0,
                    },
                    {"type": "reasoning.encrypted", "data": "ZW5jcnlwdGVk", "id": "rs_2"},
                ],
                "tool_calls": [
                    {
                        "id": "call_9f8e7d",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                    }
                ],
                "annotations": [
                    {
                        "type": "url_citation",
                        "url_citation": {
                            "url": "https://example.org/paris-weather",
                            "title": "Paris weather",
                            "start_index": 0,
                            "end_index": 10,
                            "content": "Sunny",
                        },
                    }
                ],
            },
        }
    ],
    "usage": {
        "prompt_tokens": 42,
        "completion_tokens": 17,
        "total_tokens": 59,
        "prompt_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 9, "image_tokens": 0},
        "cost": 0.0000166,
        "is_byok": False,
        "cost_details": {
            "upstream_inference_cost": None,
            "upstream_inference_prompt_cost": 0.0000063,
            "upstream_inference_completions_cost": 0.0000103,
        },
    },
}

CHAT_CHUNKS: list[dict[str, Any]] = [
    {
        "id": "gen-1764000001-AbCdEf",
        "object": "chat.completion.chunk",
        "created": 1764000001,
        "model": "anthropic/claude-3.5-haiku",
        "provider": "Anthropic",
        "choices": [
            {"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}
        ],
    },
    {
        "id": "gen-1764000001-AbCdEf",
        "object": "chat.completion.chunk",
        "created": 1764000001,
        "model": "anthropic/claude-3.5-haiku",
        "provider": "Anthropic",
        "choices": [
            {
                "index": 0,
                "delta": {
                    "content": "Bonjour",
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "f", "arguments": '{"a"'},
                        }
                    ],
                },
                "finish_reason": None,
            }
        ],
    },
    {
        "id": "gen-1764000001-AbCdEf",
        "object": "chat.completion.chunk",
        "created": 1764000001,
        "model": "anthropic/claude-3.5-haiku",
        "provider": "Anthropic",
        "choices": [
            {
                "index": 0,
                "delta": {},
                "finish_reason": "stop",
                "native_finish_reason": "end_turn",
            }
        ],
    },
    {
        "id": "gen-1764000001-AbCdEf",
        "object": "chat.completion.chunk",
        "created": 1764000001,
        "model": "anthropic/claude-3.5-haiku",
        "provider": "Anthropic",
        "choices": [],
        "usage": {
            "prompt_tokens": 12,
            "completion_tokens": 3,
            "total_tokens": 15,
            "cost": 0.0000246,
            "is_byok": False,
        },
    },
]

MODEL_LIST: dict[str, Any] = {
    "data": [
        {
            "id": "openai/gpt-4o-mini",
            "canonical_slug": "openai/gpt-4o-mini-2024-07-18",
            "hugging_face_id": None,
            "name": "OpenAI: GPT-4o-mini",
            "created": 1721260800,
            "description": "A small, fast multimodal model.",
            "context_length": 128000,
            "architecture": {
                "modality": "text+image->text",
                "input_modalities": ["text", "image", "file"],
                "output_modalities": ["text"],
                "tokenizer": "GPT",
                "instruct_type": None,
            },
            "pricing": {
                "prompt": "0.00000015",
                "completion": "0.0000006",
                "request": "0",
                "image": "0.000217",
                "web_search": "0.01",
                "internal_reasoning": "0",
                "input_cache_read": "0.000000075",
            },
            "top_provider": {
                "context_length": 128000,
                "max_completion_tokens": 16384,
                "is_moderated": True,
            },
            "per_request_limits": None,
            "supported_parameters": ["max_tokens", "temperature", "tools", "response_format"],
            "default_parameters": {"temperature": None, "top_p": None},
            "supported_voices": None,
            "links": {"details": "/api/v1/models/openai/gpt-4o-mini/endpoints"},
            "expiration_date": None,
        },
        {
            "id": "meta-llama/llama-3.3-70b-instruct:free",
            "canonical_slug": "meta-llama/llama-3.3-70b-instruct",
            "name": "Meta: Llama 3.3 70B Instruct (free)",
            "created": 1733506137,
            "description": "An open multilingual model.",
            "context_length": 65536,
            "architecture": {
                "modality": "text->text",
                "input_modalities": ["text"],
                "output_modalities": ["text"],
                "tokenizer": "Llama3",
                "instruct_type": "llama3",
            },
            "pricing": {"prompt": "0", "completion": "0"},
            "top_provider": {
                "context_length": 65536,
                "max_completion_tokens": None,
                "is_moderated": False,
            },
            "per_request_limits": None,
            "supported_parameters": ["max_tokens", "temperature", "stop"],
            "default_parameters": {},
            "supported_voices": None,
            "links": {"details": "/api/v1/models/meta-llama/llama-3.3-70b-instruct/endpoints"},
        },
    ],
    "total_count": 2,
}

GENERATION: dict[str, Any] = {
    "data": {
        "id": "gen-1764000000-Q7vXcN2pLm4RtY8s",
        "total_cost": 0.0000166,
        "cache_discount": None,
        "upstream_inference_cost": None,
        "created_at": "2026-11-21T05:00:00.123Z",
        "model": "openai/gpt-4o-mini",
        "app_id": None,
        "streamed": False,
        "cancelled": False,
        "provider_name": "OpenAI",
        "latency": 812,
        "moderation_latency": None,
        "generation_time": 640,
        "finish_reason": "tool_calls",
        "native_finish_reason": "tool_calls",
        "tokens_prompt": 40,
        "tokens_completion": 15,
        "native_tokens_prompt": 42,
        "native_tokens_completion": 17,
        "native_tokens_reasoning": 9,
        "native_tokens_cached": 0,
        "num_media_prompt": None,
        "num_media_completion": None,
        "num_search_results": None,
        "origin": "https://myapp.example",
        "usage": 0.0000166,
        "is_byok": False,
        "api_type": "completions",
    }
}

ERROR_BODY: dict[str, Any] = {
    "error": {
        "code": 403,
        "message": "Your input was flagged for harassment",
        "metadata": {
            "reasons": ["harassment"],
            "flagged_input": "you are a ...",
            "provider_name": "OpenAI",
            "model_slug": "openai/gpt-4o-mini",
        },
    },
    "user_id": "user_abc123",
}
