"""Client-side rate limits: wait (or refuse) before sending, instead of being answered 429.

`RateLimit(requests_per_minute=..., per="model"|"key")` is a sliding window: at most that many
requests in any 60 seconds, per model or for the whole key. `RateLimiter` holds the windows of one
client and its `with_options` copies; it is shared by all their threads and tasks (one lock, no
I/O: it says how long to wait, the pipeline waits).

OpenRouter limits `:free` model variants to 20 requests a minute, so those are limited by default
(`FREE_MODELS`), on top of any limit you set; `rate_limit=None` turns all limiting off. When a
response reports that the quota is used up (`X-RateLimit-Remaining: 0` with `X-RateLimit-Reset`,
epoch milliseconds), requests under that limit wait until the reset.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

__all__ = ["FREE_MODELS", "RateLimit", "RateLimiter"]

_WINDOW = 60.0


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most `requests_per_minute` requests in any 60 s, per model or per key.

    Attributes:
        requests_per_minute: the limit (a whole number >= 1).
        per: "model" (each model its own window) or "key" (one window for every request).
        block: True waits until a request may go; False raises `RateLimitError` before sending.
    """

    requests_per_minute: int
    per: Literal["model", "key"] = "model"
    block: bool = True

    def __post_init__(self) -> None:
        rpm = self.requests_per_minute
        if isinstance(rpm, bool) or not isinstance(rpm, int) or rpm < 1:
            raise ValueError(f"requests_per_minute must be a whole number >= 1, got {rpm!r}")
        if self.per not in ("model", "key"):
            raise ValueError(f"per must be 'model' or 'key', got {self.per!r}")
        if not isinstance(self.block, bool):
            raise TypeError(f"block must be a bool, got {type(self.block).__name__}")


#: OpenRouter's documented limit for `:free` model variants.
FREE_MODELS = RateLimit(requests_per_minute=20, per="model")


class RateLimiter:
    """The windows of one client; `reserve` is safe from any thread or task."""

    def __init__(self, limit: RateLimit | None, *, free_models: bool = True) -> None:
        self.limit = limit
        self.free_models = free_models
        #: whether responses' quota headers matter (some limit may apply)
        self.watching = limit is not None or free_models
        self._lock = threading.Lock()
        self._windows: dict[tuple[str, str], deque[float]] = {}
        self._paused_until: dict[tuple[str, str], float] = {}

    def _limits(self, model: str | None) -> list[tuple[tuple[str, str], RateLimit]]:
        limits = []
        if self.limit is not None:
            if self.limit.per == "key":
                limits.append((("key", ""), self.limit))
            elif model is not None:
                limits.append((("model", model), self.limit))
        if self.free_models and model is not None and model.endswith(":free"):
            limits.append((("free", model), FREE_MODELS))
        return limits

    def reserve(self, model: str | None, now: float) -> tuple[float, bool]:
        """Take a slot for one request to `model` at monotonic time `now`.

        Returns (seconds to wait before sending, whether waiting is allowed). When waiting is
        not allowed (`block=False`) and the wait is positive, no slot is taken.
        """
        limits = self._limits(model)
        if not limits:
            return 0.0, True
        with self._lock:
            start = now
            for key, limit in limits:
                window = self._windows.setdefault(key, deque())
                while window and window[0] <= now - _WINDOW:
                    window.popleft()
                capacity = limit.requests_per_minute
                if len(window) >= capacity:
                    start = max(start, window[-capacity] + _WINDOW)
                start = max(start, self._paused_until.get(key, 0.0))
            may_wait = all(limit.block for _, limit in limits)
            if start > now and not may_wait:
                return start - now, False
            for key, _ in limits:
                self._windows[key].append(start)
        return start - now, True

    def observe(
        self, model: str | None, headers: Mapping[str, str], now: float, wall: float
    ) -> None:
        """A response said how much quota is left: when none is, pause until its reset."""
        if self.limit is None and not (model is not None and model.endswith(":free")):
            return  # no limit of this model's to pause (the default limits `:free` models only)
        remaining = headers.get("x-ratelimit-remaining")
        if remaining is None or remaining.strip() != "0":
            return  # the usual answer: quota left, no second header lookup
        reset = headers.get("x-ratelimit-reset")
        if reset is None:
            return
        try:
            reset_at = float(reset) / 1000.0  # epoch milliseconds
        except ValueError:
            return
        pause = min(max(reset_at - wall, 0.0), _WINDOW)
        if pause <= 0:
            return
        with self._lock:
            for key, _ in self._limits(model):
                self._paused_until[key] = max(self._paused_until.get(key, 0.0), now + pause)
