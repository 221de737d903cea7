"""`Stream` and `AsyncStream`: typed events out of an SSE response, with integrity checks.

A stream yields typed chunks (chat, text completions) or events (responses, messages), keeps a
running accumulation of the final result, and never ends silently wrong:
- `[DONE]` (or the API's terminal event) ends it, and the rest of the body is drained so the
  connection returns to the pool;
- an `error` inside the stream raises `StreamError` with the partial result;
- an end of stream with no `[DONE]` and no finish reason raises `IncompleteStreamError`;
- keep-alive comments never reset the first-token and idle deadlines.
`open_stream` / `aopen_stream` send the request and read up to the first content, so an error
that arrives before any content is retried like an HTTP error.
"""

from __future__ import annotations

import json
import warnings
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
from openrouter_api.api import Operation, RequestOptions

from ._accumulate import Accumulator
from ._config import optional_seconds, resolve_timeout
from ._errors import (
    APIStatusError,
    FirstTokenTimeoutError,
    IdleTimeoutError,
    IncompleteStreamError,
    StreamError,
    status_error,
)
from ._sse import ServerSentEvent, SSEDecoder
from ._transport import next_delay

if TYPE_CHECKING:
    from ._metering import CallGuard
    from ._transport import AsyncTransport, SyncTransport

__all__ = ["AsyncStream", "Deadlines", "Stream", "StreamKind", "aopen_stream", "open_stream"]

C = TypeVar("C")
F = TypeVar("F")

_DRAIN_LIMIT = 1 << 20  # bytes read after [DONE] to free the connection; more means close it


@dataclass(frozen=True, slots=True)
class StreamKind(Generic[C, F]):
    """How one operation streams: its accumulator and how to type chunks and the final result."""

    name: str
    accumulator: Callable[[], Accumulator]
    parse_chunk: Callable[[dict[str, Any]], C]
    parse_final: Callable[[dict[str, Any]], F]


@dataclass(frozen=True, slots=True)
class Deadlines:
    """Stream deadlines in seconds (None: no deadline); keep-alive comments do not count."""

    first_token: float | None = None
    idle: float | None = None


class _Processor(Generic[C, F]):
    """The pure part of a stream: events in, typed items out, errors raised, deadlines checked."""

    def __init__(
        self,
        kind: StreamKind[C, F],
        deadlines: Deadlines,
        now: Callable[[], float],
        request: httpx.Request | None,
        guard: CallGuard | None = None,
    ) -> None:
        self.kind = kind
        self.guard = guard
        self.text_chars = 0
        self.priming = False  # while True, an early failure may be retried: keep the guard open
        self.accumulator = kind.accumulator()
        self.deadlines = deadlines
        self.now = now
        self.request = request
        self.started = now()
        self.last_data: float | None = None
        self.done = False
        self.decoder = SSEDecoder()

    def partial(self) -> dict[str, Any]:
        return self.accumulator.snapshot()

    def check_deadlines(self) -> None:
        now = self.now()
        if self.last_data is None:
            limit = self.deadlines.first_token
            if limit is not None and now - self.started > limit:
                raise FirstTokenTimeoutError(
                    f"no content within first_token_timeout={limit} s (keep-alives do not count)",
                    request=self.request,
                )
        else:
            limit = self.deadlines.idle
            if limit is not None and now - self.last_data > limit:
                raise IdleTimeoutError(
                    f"no data for idle_timeout={limit} s (keep-alives do not count)",
                    request=self.request,
                )

    def timeout_error(self) -> Exception:
        if self.last_data is None:
            return FirstTokenTimeoutError(
                "the stream produced no content in time", request=self.request
            )
        return IdleTimeoutError("the stream went silent", request=self.request)

    def feed(self, raw: bytes, out: deque[tuple[dict[str, Any], str | None]]) -> None:
        for event in self.decoder.feed(raw):
            self.handle(event, out)
            if self.done:
                return
        self.check_deadlines()

    def handle(self, event: ServerSentEvent, out: deque[tuple[dict[str, Any], str | None]]) -> None:
        if event.is_keepalive:
            return
        if event.data == "[DONE]":
            self.done = True
            if self.guard is not None:
                self.guard.finish(self.partial(), streamed=True)
            return
        self.last_data = self.now()
        try:
            data = json.loads(event.data)
        except ValueError:
            return  # not JSON: nothing we could type; the API does not send such events
        if not isinstance(data, dict):
            return
        error = self.accumulator.error(data, event.event)
        if error is not None:
            self.accumulator.add(data, event.event)
            raise StreamError(
                f"error in stream: {error.get('message') or error}",
                code=error.get("code"),
                metadata=error.get("metadata"),
                partial=self.partial(),
                request=self.request,
            )
        self.accumulator.add(data, event.event)
        text = self.accumulator.text(data, event.event)
        if text:
            self.text_chars += len(text)
            if self.guard is not None and self.guard.reservations:
                self.guard.check_running(self.text_chars, self.partial)
        out.append((data, text))  # typed on delivery: text_stream never pays for models

    def finish(self, out: deque[tuple[dict[str, Any], str | None]]) -> None:
        for event in self.decoder.flush():
            self.handle(event, out)
        if not self.done and not self.accumulator.finished:
            self.abandon()
            raise IncompleteStreamError(
                "the stream ended without [DONE] and without a finish reason",
                partial=self.partial(),
                request=self.request,
            )
        self.done = True
        if self.guard is not None:
            self.guard.finish(self.partial(), streamed=True)

    def abandon(self) -> None:
        """The stream ended early: settle what it may have cost (it may have been billed)."""
        if self.guard is not None and not self.priming:
            self.guard.finish(
                self.partial(), streamed=True, failed=True, completion_chars=self.text_chars
            )


def early_error(response: httpx.Response, error: StreamError) -> APIStatusError:
    """An error event that came before any content, as the HTTP error it stands for."""
    message = error.message.removeprefix("error in stream: ")
    body = {"error": {"code": error.code, "message": message, "metadata": error.metadata}}
    return status_error(response, body)


class Stream(Generic[C, F]):
    """A synchronous stream of typed chunks; use it as a context manager or iterate it.

    Attributes:
        response: the `httpx.Response` (status, headers such as `x-generation-id`).
    """

    def __init__(self, response: httpx.Response, processor: _Processor[C, F]) -> None:
        self.response = response
        self._processor = processor
        self._pending: deque[tuple[dict[str, Any], str | None]] = deque()
        self._raw: Iterator[bytes] = response.iter_bytes()
        self._closed = False

    # -- reading --------------------------------------------------------------------------
    def _fill(self) -> bool:
        """Read one network chunk; False once the stream is over."""
        proc = self._processor
        if proc.done:
            return False
        try:
            raw = next(self._raw, None)
        except httpx.TimeoutException as exc:
            self.close()
            raise proc.timeout_error() from exc
        except (httpx.HTTPError, OSError, RuntimeError) as exc:
            if self._closed:
                return False
            self.close()
            raise IncompleteStreamError(
                f"the connection broke mid-stream ({type(exc).__name__})",
                partial=proc.partial(),
                request=proc.request,
            ) from exc
        try:
            if raw is None:
                if self._closed:
                    return False
                proc.finish(self._pending)
                self.close()
                return False
            proc.feed(raw, self._pending)
        except BaseException:
            self.close()
            raise
        if proc.done:
            self._drain()
        return True

    def _drain(self) -> None:
        read = 0
        try:
            for raw in self._raw:
                read += len(raw)
                if read > _DRAIN_LIMIT:
                    break
        except httpx.HTTPError:
            pass
        self.close()

    def _prime(self) -> None:
        """Read until content arrives (or the stream ends), so early errors can be retried."""
        while not self._pending_has_content() and self._fill():
            pass

    def _pending_has_content(self) -> bool:
        return any(text for _, text in self._pending) or self._processor.accumulator.finished

    def _next_pair(self) -> tuple[dict[str, Any], str | None]:
        while not self._pending:
            if not self._fill():
                raise StopIteration
        return self._pending.popleft()

    def __iter__(self) -> Iterator[C]:
        return self

    def __next__(self) -> C:
        return self._processor.kind.parse_chunk(self._next_pair()[0])

    @property
    def text_stream(self) -> Iterator[str]:
        """Only the text deltas, as they arrive."""
        while True:
            try:
                _, text = self._next_pair()
            except StopIteration:
                return
            if text:
                yield text

    def get_final_completion(self) -> F:
        """Read to the end and return the accumulated result (usage and cost included)."""
        while self._fill():  # the accumulator sees every event; no chunk models are built
            pass
        self._pending.clear()
        return self._processor.kind.parse_final(self._processor.partial())

    def snapshot(self) -> dict[str, Any]:
        """The accumulated result so far, as a plain dict."""
        return self._processor.partial()

    # -- closing --------------------------------------------------------------------------
    def close(self) -> None:
        """Stop reading and release the connection; safe to call from another thread."""
        if not self._closed:
            self._closed = True
            self.response.close()
            self._processor.abandon()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Stream[C, F]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            warnings.warn(
                f"unclosed stream {self!r}: use `with` or call close()",
                ResourceWarning,
                stacklevel=2,
            )
            self.close()

    def __repr__(self) -> str:
        return f"<Stream {self._processor.kind.name} closed={self._closed}>"


class AsyncStream(Generic[C, F]):
    """The asynchronous twin of `Stream`: `async for`, `async with`, `await close()`."""

    def __init__(self, response: httpx.Response, processor: _Processor[C, F]) -> None:
        self.response = response
        self._processor = processor
        self._pending: deque[tuple[dict[str, Any], str | None]] = deque()
        self._raw: AsyncIterator[bytes] = response.aiter_bytes()
        self._closed = False

    async def _fill(self) -> bool:
        proc = self._processor
        if proc.done:
            return False
        try:
            raw = await anext(self._raw, None)
        except httpx.TimeoutException as exc:
            await self.close()
            raise proc.timeout_error() from exc
        except (httpx.HTTPError, OSError, RuntimeError) as exc:
            if self._closed:
                return False
            await self.close()
            raise IncompleteStreamError(
                f"the connection broke mid-stream ({type(exc).__name__})",
                partial=proc.partial(),
                request=proc.request,
            ) from exc
        except BaseException:  # cancellation: release the connection, then let it through
            await self.close()
            raise
        try:
            if raw is None:
                if self._closed:
                    return False
                proc.finish(self._pending)
                await self.close()
                return False
            proc.feed(raw, self._pending)
        except BaseException:
            await self.close()
            raise
        if proc.done:
            await self._drain()
        return True

    async def _drain(self) -> None:
        read = 0
        try:
            async for raw in self._raw:
                read += len(raw)
                if read > _DRAIN_LIMIT:
                    break
        except httpx.HTTPError:
            pass
        await self.close()

    async def _prime(self) -> None:
        while not self._pending_has_content() and await self._fill():
            pass

    def _pending_has_content(self) -> bool:
        return any(text for _, text in self._pending) or self._processor.accumulator.finished

    async def _next_pair(self) -> tuple[dict[str, Any], str | None]:
        while not self._pending:
            if not await self._fill():
                raise StopAsyncIteration
        return self._pending.popleft()

    def __aiter__(self) -> AsyncIterator[C]:
        return self

    async def __anext__(self) -> C:
        return self._processor.kind.parse_chunk((await self._next_pair())[0])

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """Only the text deltas, as they arrive."""
        return self._texts()

    async def _texts(self) -> AsyncIterator[str]:
        while True:
            try:
                _, text = await self._next_pair()
            except StopAsyncIteration:
                return
            if text:
                yield text

    async def get_final_completion(self) -> F:
        """Read to the end and return the accumulated result (usage and cost included)."""
        while await self._fill():  # the accumulator sees every event; no chunk models are built
            pass
        self._pending.clear()
        return self._processor.kind.parse_final(self._processor.partial())

    def snapshot(self) -> dict[str, Any]:
        """The accumulated result so far, as a plain dict."""
        return self._processor.partial()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        if not self._closed:
            self._closed = True
            await self.response.aclose()
            self._processor.abandon()

    async def aclose(self) -> None:
        await self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    async def __aenter__(self) -> AsyncStream[C, F]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            warnings.warn(
                f"unclosed stream {self!r}: use `async with` or await close()",
                ResourceWarning,
                stacklevel=2,
            )

    def __repr__(self) -> str:
        return f"<AsyncStream {self._processor.kind.name} closed={self._closed}>"


def stream_deadlines(
    config_first: float | None, config_idle: float | None, params: Any
) -> Deadlines:
    """Per-call `first_token_timeout` / `idle_timeout` override the client's."""
    return Deadlines(
        first_token=optional_seconds(
            "first_token_timeout", params.get("first_token_timeout", config_first)
        ),
        idle=optional_seconds("idle_timeout", params.get("idle_timeout", config_idle)),
    )


def _stream_options(
    options: RequestOptions, default: httpx.Timeout, deadlines: Deadlines
) -> RequestOptions:
    """Cap the socket read timeout at the stream deadlines, so a silent connection fails too."""
    base = resolve_timeout(options["timeout"]) if "timeout" in options else default
    caps = [t for t in (base.read, deadlines.first_token, deadlines.idle) if t is not None]
    read = min(caps) if caps else None
    extra = dict(options.get("extra_headers") or {})
    extra.setdefault("Accept", "text/event-stream")
    return {
        **options,
        "extra_headers": extra,
        "timeout": httpx.Timeout(connect=base.connect, read=read, write=base.write, pool=base.pool),
    }


def open_stream(
    transport: SyncTransport,
    operation: Operation,
    kwargs: dict[str, Any],
    options: RequestOptions,
    kind: StreamKind[C, F],
    deadlines: Deadlines,
    guard: CallGuard | None = None,
) -> Stream[C, F]:
    """Send a streaming request; retry failures that happen before any content arrived."""
    config = transport.config
    clock = config.clock
    options = _stream_options(options, config.timeout, deadlines)
    started = clock.monotonic()
    retry_index = 0
    while True:
        try:
            response = transport.send(operation, kwargs, options, read_body=False)
        except BaseException:
            if guard is not None:
                guard.release()
            raise
        processor = _Processor(kind, deadlines, clock.monotonic, response.request, guard)
        stream = Stream(response, processor)
        processor.priming = True
        try:
            stream._prime()
        except StreamError as exc:
            failure = early_error(response, exc)
            delay = next_delay(config, operation, failure, retry_index, started)
            if delay is None:
                if guard is not None:
                    guard.release()
                raise failure from exc
            clock.sleep(delay)
            retry_index += 1
            continue
        except BaseException:
            processor.priming = False
            processor.abandon()
            raise
        processor.priming = False
        return stream


async def aopen_stream(
    transport: AsyncTransport,
    operation: Operation,
    kwargs: dict[str, Any],
    options: RequestOptions,
    kind: StreamKind[C, F],
    deadlines: Deadlines,
    guard: CallGuard | None = None,
) -> AsyncStream[C, F]:
    """The async twin of `open_stream`."""
    config = transport.config
    clock = config.clock
    options = _stream_options(options, config.timeout, deadlines)
    started = clock.monotonic()
    retry_index = 0
    while True:
        try:
            response = await transport.send(operation, kwargs, options, read_body=False)
        except BaseException:
            if guard is not None:
                guard.release()
            raise
        processor = _Processor(kind, deadlines, clock.monotonic, response.request, guard)
        stream = AsyncStream(response, processor)
        processor.priming = True
        try:
            await stream._prime()
        except StreamError as exc:
            failure = early_error(response, exc)
            delay = next_delay(config, operation, failure, retry_index, started)
            if delay is None:
                if guard is not None:
                    guard.release()
                raise failure from exc
            await clock.asleep(delay)
            retry_index += 1
            continue
        except BaseException:
            processor.priming = False
            processor.abandon()
            raise
        processor.priming = False
        return stream
