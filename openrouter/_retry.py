"""The retry policy: which failures are retried and how long to wait. Pure: no I/O, no sleeping.

The transport loop asks `RetryPolicy.delay(...)` after each failed attempt; `None` means give up.
Clock and randomness are parameters so tests are instant and deterministic.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

__all__ = ["RETRYABLE_STATUSES", "RetryPolicy", "parse_retry_after"]

# Statuses where trying again can succeed and the failed attempt was not billed.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 524, 529})


def parse_retry_after(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """Seconds the server asked us to wait: `retry-after-ms`, else `Retry-After` (seconds or date).

    Returns None when neither header is present or parseable, and never a negative number.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    raw_ms = lowered.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(0.0, float(raw_ms) / 1000.0)
        except ValueError:
            pass
    raw = lowered.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now())


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When to retry and how long to wait.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        initial_delay: the first backoff delay in seconds; it doubles with each retry.
        max_delay: the cap on a backoff delay.
        max_retry_after: the cap on a server-requested delay (`Retry-After`); longer requests
            are clamped to it.
        jitter: the fraction of each backoff delay that is randomised (0 = none, 1 = full).
        total_timeout: optional deadline in seconds for the whole call, retries included; a retry
            whose delay would cross it is not attempted.
        statuses: the HTTP statuses that are retried. A redirect (3xx) is never retried, even
            when listed: the same request would be redirected again.
        retry_sent_requests: also retry a billable POST (a generation, an embedding, an image,
            audio, video, a rerank) after a read timeout or a broken connection once the whole
            request was sent. Off by default: the server may be running and billing the first
            one, so sending it again may bill twice. Idempotent operations are always retried.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25
    total_timeout: float | None = None
    statuses: frozenset[int] = field(default=RETRYABLE_STATUSES)
    retry_sent_requests: bool = False

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError(f"jitter must be between 0 and 1, got {self.jitter}")

    def is_retryable_status(self, status: int) -> bool:
        """Whether an error with this (effective) status may be retried (never a 3xx)."""
        return status in self.statuses and not 300 <= status < 400

    def backoff(self, retry_index: int, random: Callable[[], float]) -> float:
        """The backoff before retry number `retry_index` (0-based), jitter applied."""
        base: float = min(self.max_delay, self.initial_delay * 2.0**retry_index)
        return base * (1.0 - self.jitter * random())

    def delay(
        self,
        retry_index: int,
        *,
        headers: Mapping[str, str] | None,
        elapsed: float,
        random: Callable[[], float],
        now: Callable[[], float] = time.time,
    ) -> float | None:
        """Seconds to wait before retry number `retry_index`, or None when no retry is allowed.

        The caller has already decided the failure is retryable; this applies the attempt cap,
        the server's `Retry-After` (clamped to `max_retry_after`) and the total deadline.
        """
        if retry_index >= self.max_retries:
            return None
        hinted = parse_retry_after(headers, now=now) if headers is not None else None
        if hinted is not None:
            wait = min(hinted, self.max_retry_after)
        else:
            wait = self.backoff(retry_index, random)
        if self.total_timeout is not None and elapsed + wait >= self.total_timeout:
            return None
        return wait
