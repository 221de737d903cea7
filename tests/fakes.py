"""Test doubles shared by the tests: a fake clock and a scripted httpx transport.

The scripted transport runs on the HTTP stack a client built without `http_client` would use
(`OPENROUTER_HTTP_STACK` chooses it, see `make pytest`): steps are written with httpx's classes,
and each answer or error is handed over as the same thing of that stack.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import httpx

from openrouter import Clock
from openrouter._http import default_stack, stack_of

STACK = default_stack()


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
            raise error_on_stack(step, request)
        if isinstance(step, httpx.Response):
            # A fresh copy each time, so one canned response can serve many requests and tests.
            response = httpx.Response(step.status_code, headers=step.headers, content=step.content)
        else:
            response = step(request)
        self.responses.append(response)
        return response_on_stack(response, request)

    def sync_client(self) -> httpx.Client:
        client: httpx.Client = STACK.Client(transport=STACK.MockTransport(self))
        return client

    def async_client(self) -> httpx.AsyncClient:
        client: httpx.AsyncClient = STACK.AsyncClient(transport=STACK.MockTransport(self))
        return client


def error(status: int, message: str = "boom", **headers: str) -> httpx.Response:
    """An OpenRouter-shaped error response."""
    return httpx.Response(
        status,
        headers={k.replace("_", "-"): v for k, v in headers.items()},
        json={"error": {"code": status, "message": message}},
    )


class _Body:
    """An httpx body stream handed to another stack's client: the same chunks, the same close."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


def error_on_stack(error: Exception, request: httpx.Request) -> Exception:
    """An httpx exception as the same exception of the request's stack."""
    other: Any = stack_of(request)
    if other is httpx or _stack_or_none(error) is not httpx:
        return error
    converted: Exception = getattr(other, type(error).__name__)(str(error), request=request)
    return converted.with_traceback(error.__traceback__)


def response_on_stack(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """An httpx response as a response of the request's stack: the same status, headers and
    body (bytes already read stay read; a stream stays a stream)."""
    other: Any = stack_of(request)
    if other is httpx or _stack_or_none(response) is not httpx:
        return response
    headers = response.headers.multi_items()
    converted: httpx.Response
    if isinstance(response.stream, httpx.ByteStream):
        converted = other.Response(response.status_code, headers=headers, content=response.content)
    else:
        body = type("_Body", (_Body, other.SyncByteStream, other.AsyncByteStream), {})
        stream = body(response.stream)
        converted = other.Response(response.status_code, headers=headers, stream=stream)
    return converted


def _stack_or_none(obj: object) -> Any:
    try:
        return stack_of(obj)
    except TypeError:
        return None
