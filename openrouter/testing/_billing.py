"""Cost maths and generation records: tokens times the catalogue's prices, in Decimal.

`Usage` prices a call and renders the usage objects of the chat, responses and messages formats;
`Generation` is the record `GET /generation` returns a moment after the call.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ._answer import native_reason
from ._catalogue import CatalogueModel

__all__ = ["Generation", "Usage"]


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts of one call and what it cost.

    Attributes:
        prompt_tokens: input tokens.
        completion_tokens: output tokens, reasoning included (as OpenRouter counts them).
        reasoning_tokens: the part of `completion_tokens` spent on reasoning.
        prompt_cost, completion_cost: USD, exact.
    """

    prompt_tokens: int
    completion_tokens: int
    reasoning_tokens: int
    prompt_cost: Decimal
    completion_cost: Decimal

    @classmethod
    def priced(
        cls,
        model: CatalogueModel,
        prompt_tokens: int,
        completion_tokens: int,
        reasoning_tokens: int = 0,
    ) -> Usage:
        """Price the tokens with the model's per-token prices (and its per-request price)."""
        prompt_cost = Decimal(prompt_tokens) * model.price("prompt") + model.price("request")
        completion_cost = Decimal(completion_tokens) * model.price("completion")
        return cls(prompt_tokens, completion_tokens, reasoning_tokens, prompt_cost, completion_cost)

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens

    @property
    def cost(self) -> Decimal:
        """The total cost in USD, exact."""
        return self.prompt_cost + self.completion_cost

    def chat_json(self) -> dict[str, Any]:
        """`usage` of chat completions and legacy completions."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
            "prompt_tokens_details": {
                "cached_tokens": 0,
                "cache_write_tokens": 0,
                "audio_tokens": 0,
                "video_tokens": 0,
            },
            "completion_tokens_details": {
                "reasoning_tokens": self.reasoning_tokens,
                "audio_tokens": 0,
                "image_tokens": 0,
            },
            "cost": float(self.cost),
            "is_byok": False,
            "cost_details": {
                "upstream_inference_cost": None,
                "upstream_inference_prompt_cost": float(self.prompt_cost),
                "upstream_inference_completions_cost": float(self.completion_cost),
            },
        }

    def responses_json(self) -> dict[str, Any]:
        """`usage` of the Responses API."""
        return {
            "input_tokens": self.prompt_tokens,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": self.completion_tokens,
            "output_tokens_details": {"reasoning_tokens": self.reasoning_tokens},
            "total_tokens": self.total_tokens,
            "cost": float(self.cost),
            "is_byok": False,
            "cost_details": {
                "upstream_inference_cost": None,
                "upstream_inference_input_cost": float(self.prompt_cost),
                "upstream_inference_output_cost": float(self.completion_cost),
            },
        }

    def messages_json(self) -> dict[str, Any]:
        """`usage` of the Anthropic Messages API."""
        return {
            "input_tokens": self.prompt_tokens,
            "output_tokens": self.completion_tokens,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "cost": float(self.cost),
            "is_byok": False,
            "cost_details": {
                "upstream_inference_cost": None,
                "upstream_inference_prompt_cost": float(self.prompt_cost),
                "upstream_inference_completions_cost": float(self.completion_cost),
            },
        }

    def embeddings_json(self) -> dict[str, Any]:
        """`usage` of embeddings."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "total_tokens": self.prompt_tokens,
            "cost": float(self.cost),
            "is_byok": False,
            "cost_details": {
                "upstream_inference_cost": None,
                "upstream_inference_prompt_cost": float(self.prompt_cost),
                "upstream_inference_completions_cost": 0.0,
            },
        }


@dataclass(frozen=True, slots=True)
class Generation:
    """What the emulator remembers about one completed inference call.

    Attributes:
        id: the generation id (`gen-...`), also sent as `X-Generation-Id`.
        model: the model that answered.
        provider: the provider that served it.
        usage: tokens and cost.
        created: Unix time of the call.
        streamed: whether the answer was streamed.
        finish_reason: the normalised finish reason (`stop`, `length`, `tool_calls`, ...).
        api_type: `completions` (chat, text, responses, messages) or `embeddings`.
        key: the key that paid for it.
        origin, user_agent, session_id: what the request said about its caller.
    """

    id: str
    model: str
    provider: str
    usage: Usage
    created: float
    streamed: bool
    finish_reason: str | None
    api_type: str
    key: str
    origin: str | None = None
    user_agent: str | None = None
    session_id: str | None = None

    def to_json(self, template: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The `data` object of `GET /generation`, over the spec example's fields (`template`)."""
        created_at = datetime.fromtimestamp(self.created, UTC).isoformat(timespec="milliseconds")
        upstream_id = "chatcmpl-" + self.id.rsplit("-", 1)[-1]
        usage = self.usage
        record: dict[str, Any] = dict(template or {})
        record.update(
            {
                "id": self.id,
                "upstream_id": upstream_id,
                "total_cost": float(usage.cost),
                "usage": float(usage.cost),
                "cache_discount": None,
                "upstream_inference_cost": None,
                "created_at": created_at.replace("+00:00", "Z"),
                "model": self.model,
                "streamed": self.streamed,
                "cancelled": False,
                "provider_name": self.provider,
                "latency": 120,
                "moderation_latency": None,
                "generation_time": 100,
                "finish_reason": self.finish_reason,
                "native_finish_reason": self.finish_reason
                and native_reason(self.provider, self.finish_reason),
                "tokens_prompt": usage.prompt_tokens,
                "tokens_completion": usage.completion_tokens,
                "native_tokens_prompt": usage.prompt_tokens,
                "native_tokens_completion": usage.completion_tokens,
                "native_tokens_completion_images": 0,
                "native_tokens_reasoning": usage.reasoning_tokens,
                "native_tokens_cached": 0,
                "num_media_prompt": None,
                "num_input_audio_prompt": None,
                "num_media_completion": 0,
                "num_search_results": None,
                "num_fetches": None,
                "web_search_engine": None,
                "origin": self.origin or "",
                "is_byok": False,
                "router": None,
                "http_referer": self.origin,
                "user_agent": self.user_agent,
                "external_user": None,
                "session_id": self.session_id,
                "api_type": self.api_type,
                "response_cache_source_id": None,
                "provider_responses": [
                    {
                        "id": upstream_id,
                        "provider_name": self.provider,
                        "status": 200,
                        "latency": 110,
                        "is_byok": False,
                    }
                ],
            }
        )
        return record
