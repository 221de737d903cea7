"""Test doubles shared by the tests: a fake clock and a scripted httpx transport."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import httpx

from openrouter import Clock


class FakeClock(Clock):
    """Time that only moves when someone sleeps; randomness fixed at `rand`."""

    def __init__(self, rand: float = 0.0, start: float = 1_000_000.0) -> None:
        self.now = start
        self.rand = rand
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def random(self) -> float:
        return self.rand


Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """Answers requests from a list of steps (a response, an exception to raise, or a function)."""

    def __init__(self, steps: Iterable[Step]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.steps:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            # A fresh copy each time, so one canned response can serve many requests and tests.
            response = httpx.Response(step.status_code, headers=step.headers, content=step.content)
        else:
            response = step(request)
        self.responses.append(response)
        return response

    def sync_client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))


def error(status: int, message: str = "boom", **headers: str) -> httpx.Response:
    """An OpenRouter-shaped error response."""
    return httpx.Response(
        status,
        headers={k.replace("_", "-"): v for k, v in headers.items()},
        json={"error": {"code": status, "message": message}},
    )
