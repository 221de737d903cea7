"""Model prices: a cached catalogue from `GET /models`, and prompt-size estimates.

Pure except for the fetch, which the caller provides (sync or async). A model's price is read
from the catalogue as a `ModelPrice` (`_model_price.py`, loaded by the first price asked for).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._model_price import ModelPrice

__all__ = ["DEFAULT_CATALOGUE_TTL", "ModelCatalogue", "estimate_prompt_tokens"]

DEFAULT_CATALOGUE_TTL = 3600.0


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
        from ._model_price import ModelPrice

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
