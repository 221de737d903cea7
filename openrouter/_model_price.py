"""`ModelPrice`: what one model costs, read from its `GET /models` entry, in `Decimal`.

Prices in the API are decimal strings in USD per token (per request for `request`). Its own
module so that the class is created by the first price asked for, not by every client (a
dataclass costs about a millisecond of a fresh process's start).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._cost import zero

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["ModelPrice"]


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
