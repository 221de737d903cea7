"""Model prices: a cached catalogue from `GET /models`, and cost estimates in `Decimal`.

Pure except for the fetch, which the caller provides (sync or async). Prices in the API are
decimal strings in USD per token (per request for `request`).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._cost import zero

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["DEFAULT_CATALOGUE_TTL", "ModelCatalogue", "ModelPrice", "estimate_prompt_tokens"]

DEFAULT_CATALOGUE_TTL = 3600.0


def _price(raw: Any, model: str, kind: str) -> Decimal:
    from decimal import Decimal, InvalidOperation  # (a client that prices nothing never loads it)

    try:
        value = Decimal(str(raw))
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"model {model!r} has an unreadable {kind} price {raw!r}") from exc
    if value < 0:  # the API uses -1 for "variable" (router) pricing: it cannot bound a cost
        raise ValueError(f"model {model!r} has no fixed {kind} price ({raw!r})")
    return value


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """What one model costs, and its output limits."""

    model: str
    prompt: Decimal
    completion: Decimal
    request: Decimal = field(default_factory=zero)
    max_completion_tokens: int | None = None
    context_length: int | None = None

    @classmethod
    def from_model(cls, data: Mapping[str, Any]) -> ModelPrice:
        """From one entry of `GET /models` (a dict)."""
        model = str(data.get("id"))
        pricing = data.get("pricing")
        if (
            not isinstance(pricing, Mapping)
            or "prompt" not in pricing
            or "completion" not in pricing
        ):
            raise ValueError(f"model {model!r} has no pricing in the catalogue")
        top = data.get("top_provider") if isinstance(data.get("top_provider"), Mapping) else {}
        return cls(
            model=model,
            prompt=_price(pricing["prompt"], model, "prompt"),
            completion=_price(pricing["completion"], model, "completion"),
            request=_price(pricing.get("request") or "0", model, "request"),
            max_completion_tokens=top.get("max_completion_tokens") if top else None,
            context_length=data.get("context_length"),
        )

    def cost(self, prompt_tokens: int, completion_tokens: int, requests: int = 1) -> Decimal:
        """USD for the given token counts."""
        if prompt_tokens < 0 or completion_tokens < 0:
            raise ValueError("token counts must not be negative")
        return (
            self.prompt * prompt_tokens
            + self.completion * completion_tokens
            + self.request * requests
        )


class ModelCatalogue:
    """Model prices from `GET /models`, fetched on first use and again after `ttl` seconds."""

    def __init__(self, *, ttl: float = DEFAULT_CATALOGUE_TTL, clock: Callable[[], float]) -> None:
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._models: dict[str, dict[str, Any]] = {}
        self._loaded_at: float | None = None

    def stale(self) -> bool:
        with self._lock:
            return self._loaded_at is None or self._clock() - self._loaded_at > self.ttl

    def load(self, models: list[dict[str, Any]]) -> None:
        """Replace the cached catalogue with a fresh `GET /models` answer's `data`."""
        with self._lock:
            self._models = {str(m.get("id")): m for m in models if isinstance(m, dict)}
            self._loaded_at = self._clock()

    def price(self, model: str) -> ModelPrice:
        """The price of `model`; a clear `ValueError` for an unknown model or missing pricing."""
        with self._lock:
            data = self._models.get(model)
        if data is None:
            raise ValueError(f"unknown model {model!r}: it is not in the /models catalogue")
        return ModelPrice.from_model(data)


def _text_length(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, Mapping):
        kind = value.get("type")
        if kind in ("image_url", "input_image", "image"):
            return 4 * 1000  # an image costs roughly a thousand tokens on most models
        return sum(_text_length(v) for k, v in value.items() if k not in ("type", "role"))
    if isinstance(value, list | tuple):
        return sum(_text_length(v) for v in value)
    return 0


def estimate_prompt_tokens(payload: Mapping[str, Any]) -> int:
    """A generous estimate of a request's prompt tokens (about 3 characters per token).

    Tokenizers differ per model; for budgets a slight overestimate is the safe side.
    """
    fields = ("messages", "prompt", "input", "instructions", "system", "tools", "response_format")
    chars = sum(_text_length(payload.get(f)) for f in fields if f in payload)
    messages = payload.get("messages")
    overhead = 4 * len(messages) if isinstance(messages, list) else 4
    return math.ceil(chars / 3) + overhead
