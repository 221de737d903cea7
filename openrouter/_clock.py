"""Time and randomness behind one small seam, so retry and stream-deadline tests run instantly."""

from __future__ import annotations

import random as _random
import time

__all__ = ["Clock", "SystemClock"]


class Clock:
    """The interface the client uses for time. Subclass it to fake time in tests."""

    def monotonic(self) -> float:
        """Seconds on a monotonic clock (for elapsed time and deadlines)."""
        raise NotImplementedError

    def time(self) -> float:
        """Wall-clock seconds since the epoch (for HTTP-date `Retry-After`)."""
        raise NotImplementedError

    def sleep(self, seconds: float) -> None:
        """Block for `seconds`."""
        raise NotImplementedError

    async def asleep(self, seconds: float) -> None:
        """Wait `seconds` without blocking the event loop."""
        raise NotImplementedError

    def random(self) -> float:
        """A number in [0, 1) for backoff jitter."""
        raise NotImplementedError


class SystemClock(Clock):
    """The real clock and the process-wide random generator."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # only async clients need it; importing it costs milliseconds

        await asyncio.sleep(seconds)

    def random(self) -> float:
        return _random.random()
