"""`FakeOpenRouter`: the emulator as an httpx (or httpx2) transport, sync and async.

The adapters only translate: an `httpx.Request` becomes a `FakeRequest`, the core's `Reply`
becomes an `httpx.Response` whose byte stream sleeps before delayed chunks and raises
`httpx.ReadError` at a reset marker; a reset before headers raises `httpx.RemoteProtocolError`.
Responses and errors are those of the request's stack: the same fake serves clients of either.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import httpx

from .._http import stack_of
from ._core import Emulator
from ._wire import Chunk, FakeRequest, Reply

__all__ = ["FakeOpenRouter"]

_RESET = "Connection reset by peer (emulated)"
_NO_RESPONSE = "Server disconnected without sending a response. (emulated)"


class _SyncBody:
    """A reply body for the sync client: `time.sleep` for delays."""

    def __init__(self, chunks: tuple[Chunk, ...], request: httpx.Request) -> None:
        self._chunks = chunks
        self._request = request
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            if self._closed:
                return
            if chunk.delay > 0:
                time.sleep(chunk.delay)
            if chunk.data:
                yield chunk.data
            if chunk.reset:
                raise stack_of(self._request).ReadError(_RESET, request=self._request)

    def close(self) -> None:
        self._closed = True


class _AsyncBody:
    """A reply body for the async client: `asyncio.sleep` for delays."""

    def __init__(self, chunks: tuple[Chunk, ...], request: httpx.Request) -> None:
        self._chunks = chunks
        self._request = request
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            if self._closed:
                return
            if chunk.delay > 0:
                await asyncio.sleep(chunk.delay)
            if chunk.data:
                yield chunk.data
            if chunk.reset:
                raise stack_of(self._request).ReadError(_RESET, request=self._request)

    async def aclose(self) -> None:
        self._closed = True


@functools.cache
def _body_class(stack: ModuleType, asynchronous: bool) -> type[Any]:
    """The body class on `stack`: its client checks that a body is its own byte stream."""
    if asynchronous:
        return type("_AsyncBody", (_AsyncBody, stack.AsyncByteStream), {})
    return type("_SyncBody", (_SyncBody, stack.SyncByteStream), {})


def _response(reply: Reply, request: httpx.Request, *, asynchronous: bool) -> httpx.Response:
    """The reply as a response of the request's stack (httpx or httpx2)."""
    stack = stack_of(request)
    if reply.reset_before_headers:
        raise stack.RemoteProtocolError(_NO_RESPONSE, request=request)
    stream = _body_class(stack, asynchronous)(reply.chunks(), request)
    response: httpx.Response = stack.Response(
        reply.status, headers=list(reply.headers), stream=stream
    )
    return response


def _fake_request(request: httpx.Request, body: bytes) -> FakeRequest:
    headers = {name.lower(): value for name, value in request.headers.items()}
    return FakeRequest(request.method, request.url.raw_path.decode("ascii"), headers, body)


class FakeOpenRouter(Emulator, httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An in-process OpenRouter for tests: pass it as the transport of an httpx or httpx2 client.

    ```python
    fake = FakeOpenRouter()
    client = OpenRouter(api_key=FAKE_API_KEY, http_client=httpx.Client(transport=fake))
    fake.fail_next(status=429, retry_after=0.1)
    ```

    It answers every operation of the API (the spec's example unless the emulator models the
    operation), checks keys, bills calls from its model catalogue, remembers generations, keys
    and requests, and injects faults. The same instance serves sync and async clients and the
    loopback server (`run_server`). Arguments are those of the core (see `Emulator`).
    """

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer a request of a sync `httpx.Client`."""
        reply = self.respond(_fake_request(request, request.read()))
        return _response(reply, request, asynchronous=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer a request of an `httpx.AsyncClient`."""
        reply = self.respond(_fake_request(request, await request.aread()))
        return _response(reply, request, asynchronous=True)

    def close(self) -> None:
        """Nothing to release (the emulator outlives the clients that use it)."""

    async def aclose(self) -> None:
        """Nothing to release."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(requests={len(self.requests)})"
