"""`Stream` and `AsyncStream`: typed events out of an SSE response, never silently wrong.

The parts, from the bytes up:
- `StreamState` is pure: it decodes SSE, accumulates the final result, counts the generated
  (billable) output, and queues what the caller gets: each event as soon as it is decoded, then
  at most one terminal error (`StreamError`, `IncompleteStreamError`, `ResponseValidationError`).
  It does no I/O and knows nothing of budgets.
- `Stream` / `AsyncStream` read the network, hand bytes to the state, keep the deadlines
  (keep-alive comments never reset them; a read blocked on a silent server is stopped by the
  watchdog), settle the call's budget guard exactly once, and close the connection: after
  `[DONE]` the rest of the body is drained, bounded in bytes and time, so the connection returns
  to the pool; `close()` from another thread or task stops a blocked read.
The request pipeline (`_transport.py`) primes a stream before handing it out: an error that comes
before any event may still be retried there.
"""

from __future__ import annotations

import importlib
import json
import re
import threading
import time
import warnings
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from openrouter_api.types import read_json

from ._accumulate import Accumulator
from ._config import optional_seconds
from ._errors import (
    APITimeoutError,
    FirstTokenTimeoutError,
    IdleTimeoutError,
    IncompleteStreamError,
    ResponseValidationError,
    StreamError,
)
from ._http import errors
from ._sse import ServerSentEvent, SSEDecoder
from ._watchdog import Timer, has_socket, shutdown, watch_async, watchdog

if TYPE_CHECKING:
    import asyncio

    import httpx

    from ._metering import CallGuard


def _read_failures() -> tuple[type[BaseException], ...]:
    """What a failed read raises: an HTTP error of either stack, a socket error, or the
    RuntimeError of a client closed under the stream."""
    return (*errors("HTTPError"), OSError, RuntimeError)


__all__ = ["AsyncStream", "Deadlines", "Stream", "StreamKind", "StreamState", "stream_deadlines"]

C = TypeVar("C")
F = TypeVar("F")

Event = tuple[dict[str, Any], str | None]  # the decoded JSON and its plain-text delta, if any
Item = Event | BaseException  # what the caller gets next: an event, or the terminal error

_RELEASING: set[asyncio.Task[None]] = set()  # releases scheduled by collected async streams
_DRAIN_BYTES = 1 << 16  # read at most this much after [DONE] to keep the connection ...
_DRAIN_SECONDS = 0.25  # ... and wait at most this long; past either, close it instead


def _model_class(name: str) -> Any:
    """The generated model class `name`, from its own module (`ChatCompletionChunk` lives in
    `models.chat_completion_chunk`) without loading the by-name index of every model."""
    module = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    try:
        return getattr(importlib.import_module(f"openrouter_api.models.{module}"), name)
    except (ImportError, AttributeError):  # a module named otherwise: the index knows it
        from openrouter_api import models

        return getattr(models, name)


class ModelReader:
    """`from_dict` of the generated model `name`, imported when a stream first needs it.

    A stream takes the model's own `from_dict` once (`resolve`), so its events pay neither an
    import statement nor this wrapper; `import openrouter` loads no model module.
    """

    __slots__ = ("_read", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._read: Callable[[dict[str, Any]], Any] | None = None

    def resolve(self) -> Callable[[dict[str, Any]], Any]:
        if self._read is None:
            self._read = _model_class(self.name).from_dict
        return self._read

    def __call__(self, data: dict[str, Any]) -> Any:
        return self.resolve()(data)


def event_reader(parse: Callable[[dict[str, Any]], C]) -> Callable[[dict[str, Any]], C]:
    """The function a stream types each event with (a `ModelReader` resolved once)."""
    return parse.resolve() if isinstance(parse, ModelReader) else parse


class StreamKind(NamedTuple, Generic[C, F]):
    """How one operation streams: its accumulator, how to type events and the final result, and
    the events that stand for a whole (non-streamed) answer to a stream request."""

    name: str
    accumulator: Callable[[], Accumulator]
    parse_chunk: Callable[[dict[str, Any]], C]
    parse_final: Callable[[dict[str, Any]], F]
    whole: Callable[[dict[str, Any]], list[dict[str, Any]]]


class Deadlines(NamedTuple):
    """Stream deadlines in seconds (None: no deadline); keep-alive comments do not count."""

    first_token: float | None = None
    idle: float | None = None


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


class StreamState(Generic[C, F]):
    """The pure part of a stream: bytes in, events and at most one terminal error out.

    Attributes:
        pending: what the caller gets next, in order (events, then possibly an exception).
        billable_chars: generated output seen so far (text, reasoning, tool calls, ...).
        done: `[DONE]`, a terminal error or the end of the body was seen.
        failure: the terminal error, if the stream failed.
    """

    __slots__ = (
        "accumulator",
        "billable_chars",
        "data_events",
        "deadlines",
        "decoder",
        "done",
        "failure",
        "kind",
        "last_data",
        "pending",
        "request",
        "started",
        "timed",
    )

    def __init__(
        self,
        kind: StreamKind[C, F],
        deadlines: Deadlines,
        now: float,
        request: httpx.Request | None = None,
    ) -> None:
        self.kind = kind
        self.accumulator = kind.accumulator()
        self.decoder = SSEDecoder()
        self.deadlines = deadlines
        #: some deadline applies (without one, nothing is checked on each read)
        self.timed = deadlines.first_token is not None or deadlines.idle is not None
        self.request = request
        self.started = now
        self.last_data: float | None = None
        self.data_events = 0
        self.billable_chars = 0
        self.done = False
        self.failure: BaseException | None = None
        self.pending: deque[Item] = deque()

    def partial(self) -> dict[str, Any]:
        """The result accumulated so far, shaped like the non-streamed answer."""
        return self.accumulator.snapshot()

    def feed(self, raw: bytes, now: float, asked: float | None = None) -> None:
        """Consume bytes from the network; queue what they complete.

        `asked` is when the caller last asked for more: time the caller spent elsewhere is not
        the server's silence.
        """
        for event in self.decoder.feed(raw):
            self._handle(event, now)
            if self.done:
                return
        if self.timed:  # without a deadline, nothing to check on each read
            self.check_deadlines(now, asked)

    def finish(self) -> None:
        """The body ended: without `[DONE]` or a finish reason, the stream is incomplete."""
        if self.done:
            return
        for event in self.decoder.flush():
            self._handle(event, self.last_data or self.started)
            if self.done:
                return
        if not self.accumulator.finished:
            self.fail(
                IncompleteStreamError(
                    "the stream ended without [DONE] and without a finish reason",
                    partial=self.partial(),
                    request=self.request,
                )
            )
        self.done = True

    def fail(self, error: BaseException) -> None:
        """End the stream with `error`, delivered after the events already queued."""
        if self.failure is None:
            self.failure = error
            self.pending.append(error)
        self.done = True

    def early_error(self) -> StreamError | None:
        """The error that came before any event and any generated output: it may be retried."""
        if self.billable_chars == 0 and self.pending and isinstance(self.pending[0], StreamError):
            return self.pending[0]
        return None

    def timeout(self) -> APITimeoutError:
        """The deadline that applies now, as an error carrying the partial result."""
        partial = self.partial()
        if self.billable_chars == 0:
            limit = self.deadlines.first_token
            return FirstTokenTimeoutError(
                f"no content within first_token_timeout={limit} s (keep-alives do not count)",
                request=self.request,
                partial=partial,
            )
        limit = self.deadlines.idle
        return IdleTimeoutError(
            f"no data for idle_timeout={limit} s (keep-alives do not count)",
            request=self.request,
            partial=partial,
        )

    def check_deadlines(self, now: float, asked: float | None = None) -> None:
        """Fail the stream if its deadline for this phase has passed (each phase its own).

        Until the first generated output (a role-only chunk is not a token), the first-token
        deadline applies; after it, the idle deadline, from the last data event. Only called
        when a deadline is set (`timed`).
        """
        if self.billable_chars == 0 or self.last_data is None:
            limit = self.deadlines.first_token
            expired = limit is not None and now - self.started > limit
        else:
            limit = self.deadlines.idle
            since = self.last_data if asked is None else max(self.last_data, asked)
            expired = limit is not None and now - since > limit
        if expired:
            self.fail(self.timeout())

    def _handle(self, event: ServerSentEvent, now: float) -> None:
        if event.comment is not None:  # a keep-alive
            return
        body = event.data
        if body == "[DONE]":
            self.done = True
            return
        try:
            data = read_json(body)
        except ValueError:
            return  # not JSON: nothing we could type; the API does not send such events
        if not isinstance(data, dict) or data.get("type") == "ping":
            return  # a `ping` event (Anthropic Messages) is a keep-alive, not data
        self.last_data = now
        self.data_events += 1
        accumulator = self.accumulator
        try:
            error = accumulator.error(data, event.event)
            text, chars = accumulator.add(data, event.event)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            self.fail(
                ResponseValidationError(
                    f"a {self.kind.name} stream event did not fit ({type(exc).__name__}: {exc})",
                    body=event.data,
                )
            )
            return
        self.billable_chars += chars  # an error event may carry output too: never resent then
        if error is not None:
            self.fail(
                StreamError(
                    f"error in stream: {error.get('message') or error}",
                    code=error.get("code"),
                    metadata=error.get("metadata"),
                    partial=self.partial(),
                    request=self.request,
                )
            )
            return
        self.pending.append((data, text))


def _undecoded(response: httpx.Response) -> bool:
    """The body is sent as it is meant to be read: no content coding, not read already."""
    coding = response.headers.get("content-encoding")
    return not response.is_stream_consumed and (coding is None or coding.strip() == "identity")


def _reads(response: httpx.Response) -> Iterator[bytes]:
    """The body's reads: the raw ones when nothing needs decoding (one generator and two calls
    less per read than `iter_bytes`), else decoded."""
    return response.iter_raw() if _undecoded(response) else response.iter_bytes()


def _areads(response: httpx.Response) -> AsyncIterator[bytes]:
    """The async twin of `_reads`."""
    return response.aiter_raw() if _undecoded(response) else response.aiter_bytes()


class _StreamBase(Generic[C, F]):
    """What both stream twins share: the items, settling the guard, the watched deadline."""

    def __init__(
        self,
        response: httpx.Response,
        state: StreamState[C, F],
        guard: CallGuard | None,
        now: Callable[[], float],
    ) -> None:
        self.response = response
        self._state = state
        self._guard = guard
        self._now = now
        self._parse_chunk = event_reader(state.kind.parse_chunk)
        self._closed = False
        self._released = False
        self._draining = False
        self._expired: BaseException | None = None
        self._seen_events = 0
        self._charged_chars = 0
        # The watched deadline is in real time (it stops real sockets); the state's own checks
        # use the client's clock, which tests replace.
        self._watched = state.timed and has_socket(response)
        self._reading = False
        self._deadline: float | None = None
        self._started_at = self._data_at = self._asked_at = time.monotonic()
        self._asked = now()
        self._priming = True  # until the pipeline hands the stream out: it may still retry
        self._ended = False
        #: called once when the stream is over, with its state and the deadline that ended it
        self.on_end: Callable[[StreamState[C, F], BaseException | None], None] | None = None

    def _primed(self) -> None:
        """The pipeline hands the stream out: from now on its end settles the guard."""
        self._priming = False
        if self._state.done:
            self._settle()

    # -- the watched deadline ----------------------------------------------------------------
    @property
    def deadline(self) -> float | None:
        return None if self._released else self._deadline

    def expire(self) -> None:
        """Called by the watchdog when the deadline passed: stop the blocked read."""
        deadline = self._deadline
        if deadline is None or deadline > time.monotonic():
            return
        if self._draining:
            shutdown(self.response)
        elif self._reading:
            self._expired = self._state.timeout()
            shutdown(self.response)

    def _asking(self) -> None:
        """The caller asks for the next event: from now on, silence is the server's."""
        if self._state.timed:  # nothing to measure without a deadline: keep the hot path free
            self._asked_at = time.monotonic()
            self._asked = self._now()

    def _arm(self) -> float | None:
        """The deadline of the read about to start (each phase its own), or None."""
        deadlines = self._state.deadlines
        if self._state.billable_chars == 0:
            limit, since = deadlines.first_token, self._started_at
        else:
            limit, since = deadlines.idle, max(self._data_at, self._asked_at)
        self._deadline = None if limit is None else since + limit
        return self._deadline

    def _after_feed(self) -> None:
        """Note new data; stop the stream when a budget would be passed; settle at the end."""
        state = self._state
        if state.timed and state.data_events != self._seen_events:
            self._seen_events = state.data_events
            self._data_at = time.monotonic()
        guard = self._guard
        if guard is not None and guard.reservations and state.billable_chars > self._charged_chars:
            self._charged_chars = state.billable_chars
            guard.check_running(state.billable_chars, state.partial)
        if state.done:
            self._deadline = None
            self._settle()

    def _settle(self) -> None:
        """The stream is over: settle the guard, record the cost and tell `on_end`, once."""
        if self._ended or self._priming:
            return
        self._ended = True
        if self.on_end is not None:
            self.on_end(self._state, self._expired)
        guard = self._guard
        if guard is None or guard.finished:
            return
        state = self._state
        partial = state.partial()
        if state.done and state.failure is None:
            guard.finish(partial, streamed=True)
        elif state.failure is not None or self._expired is not None:
            guard.fail(partial, streamed=True, completion_chars=state.billable_chars)
        else:  # the caller stopped reading: what was generated up to now
            guard.stop(partial, completion_chars=state.billable_chars)

    def _broken(self, exc: BaseException) -> BaseException:
        """The error for a read that failed (a deadline, a timeout or a broken connection)."""
        if self._expired is not None:
            return self._expired
        if isinstance(exc, errors("TimeoutException")):
            return APITimeoutError(
                f"the stream read timed out ({type(exc).__name__})",
                request=self._state.request,
                partial=self._state.partial(),
            )
        return IncompleteStreamError(
            f"the connection broke mid-stream ({type(exc).__name__})",
            partial=self._state.partial(),
            request=self._state.request,
        )

    def snapshot(self) -> dict[str, Any]:
        """The accumulated result so far, as a plain dict."""
        return self._state.partial()

    @property
    def closed(self) -> bool:
        """Closed by the caller, or over and its connection released."""
        return self._closed or self._released

    def _misfit(self, data: dict[str, Any], exc: Exception) -> ResponseValidationError:
        """The error for an event its model could not take (`exc` is what the model raised)."""
        return ResponseValidationError(
            f"a {self._state.kind.name} stream event did not fit its model "
            f"({type(exc).__name__}: {exc})",
            body=json.dumps(data),
        )

    def _final(self) -> F:
        state = self._state
        if state.failure is not None:
            raise state.failure
        return state.kind.parse_final(state.partial())


class Stream(_StreamBase[C, F]):
    """A synchronous stream of typed chunks; use it as a context manager or iterate it.

    Attributes:
        response: the `httpx.Response` (status, headers such as `x-generation-id`).
    """

    def __init__(
        self,
        response: httpx.Response,
        state: StreamState[C, F],
        guard: CallGuard | None = None,
        now: Callable[[], float] = time.monotonic,
        chunks: Iterator[bytes] | None = None,
    ) -> None:
        super().__init__(response, state, guard, now)
        self._raw: Iterator[bytes] = chunks if chunks is not None else _reads(response)
        self._lock = threading.Lock()

    # -- reading --------------------------------------------------------------------------
    def _read(self) -> bytes | None:
        """One network chunk (None at the end of the body, or once closed)."""
        # No lock: the reader writes `_reading` before it reads `_closed`, and close() writes
        # `_closed` before it reads `_reading`, so at least one of them sees the other.
        self._reading = True
        if self._closed:
            self._reading = False
            return None
        if self._watched and self._arm() is not None:
            watchdog().watch(self)
        try:
            raw = next(self._raw, None)
            if raw is None and self._expired is not None:
                raise OSError("the watchdog stopped the read")
            return raw
        except _read_failures() as exc:
            if self._closed:
                return None  # closed from another thread while blocked
            self._release()
            self._state.fail(self._broken(exc))
            self._settle()
            return None
        except BaseException:
            self._release()
            self._settle()
            raise
        finally:
            self._reading = False
            if self._closed:
                self._release()

    def _fill(self) -> bool:
        """Read and decode one network chunk; False once nothing more can come."""
        state = self._state
        if state.done or self._closed:
            return False
        raw = self._read()
        if state.done or self._closed:
            return False
        try:
            if raw is None:
                state.finish()
                self._release()
            else:
                state.feed(raw, self._now(), self._asked)
                if state.failure is not None:
                    self._release()
            self._after_feed()
        except BaseException:
            self.close()
            raise
        return True

    def _prime(self) -> None:
        """Read up to the first event (or the end): an early error may still be retried."""
        while not self._state.pending and self._fill():
            pass

    def _next_event(self) -> Event:
        pending = self._state.pending
        if not pending:
            self._asking()
            while not pending:
                if self._state.done:
                    self._drain()
                    raise StopIteration
                if not self._fill() and not pending:
                    raise StopIteration
        item = pending.popleft()
        if isinstance(item, BaseException):
            raise item
        return item

    def __iter__(self) -> Iterator[C]:
        return self

    def __next__(self) -> C:
        data = self._next_event()[0]
        try:
            return self._parse_chunk(data)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise self._misfit(data, exc) from exc

    @property
    def text_stream(self) -> Iterator[str]:
        """Only the text deltas, as they arrive."""
        while True:
            try:
                _, text = self._next_event()
            except StopIteration:
                return
            if text:
                yield text

    def get_final_completion(self) -> F:
        """Read to the end and return the accumulated result (usage and cost included).

        Events already delivered or skipped are not kept: memory follows the result's size.
        """
        self._asking()
        pending = self._state.pending
        while True:
            while pending and not isinstance(pending[0], BaseException):
                pending.popleft()
            if pending or not self._fill():
                break
        self._drain()
        return self._final()

    # -- closing --------------------------------------------------------------------------
    def _drain(self) -> None:
        """After `[DONE]`: read what is left, bounded, so the connection can be reused."""
        if self._released:
            return
        self._draining = True
        if has_socket(self.response):
            self._deadline = time.monotonic() + _DRAIN_SECONDS
            watchdog().watch(self)
        read = 0
        try:
            for raw in self._raw:
                read += len(raw)
                if read > _DRAIN_BYTES:
                    break
        except _read_failures():
            pass
        self._release()

    def _release(self) -> None:
        if not self._released:
            self._released = True
            watchdog().discard(self)
            self.response.close()

    def close(self) -> None:
        """Stop reading and release the connection; safe to call from another thread."""
        with self._lock:  # two closers: only one goes on
            if self._closed:
                return
            self._closed = True
        reading = self._reading
        if not (reading and shutdown(self.response)):
            self._release()  # with a reader blocked on the socket, the reader releases it
        self._settle()

    def __enter__(self) -> Stream[C, F]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True) and not getattr(self, "_released", True):
            warnings.warn(
                f"unclosed stream {self!r}: use `with` or call close()",
                ResourceWarning,
                stacklevel=2,
            )
            self.close()

    def __repr__(self) -> str:
        return f"<Stream {self._state.kind.name} closed={self._closed}>"


class AsyncStream(_StreamBase[C, F]):
    """The asynchronous twin of `Stream`: `async for`, `async with`, `await close()`."""

    def __init__(
        self,
        response: httpx.Response,
        state: StreamState[C, F],
        guard: CallGuard | None = None,
        now: Callable[[], float] = time.monotonic,
        chunks: AsyncIterator[bytes] | None = None,
    ) -> None:
        super().__init__(response, state, guard, now)
        self._raw: AsyncIterator[bytes] = chunks if chunks is not None else _areads(response)
        self._timer: Timer | None = None

    def _watch(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = watch_async(self)

    async def _read(self) -> bytes | None:
        if self._closed:
            return None
        if self._watched:
            before = self._deadline
            deadline = self._arm()
            timer = self._timer
            if deadline is not None and (
                timer is None or timer.finished or before is None or deadline < before
            ):
                self._watch()  # a later deadline needs no new timer: the timer checks again
        self._reading = True
        try:
            raw = await anext(self._raw, None)
            if raw is None and self._expired is not None:
                raise OSError("the watchdog stopped the read")
            return raw
        except _read_failures() as exc:
            if self._closed:
                return None
            await self._release()
            self._state.fail(self._broken(exc))
            self._settle()
            return None
        except BaseException:  # cancellation: release the connection, then let it through
            await self._release()
            self._settle()
            raise
        finally:
            self._reading = False

    async def _fill(self) -> bool:
        state = self._state
        if state.done or self._closed:
            return False
        raw = await self._read()
        if state.done or self._closed:
            return False
        try:
            if raw is None:
                state.finish()
                await self._release()
            else:
                state.feed(raw, self._now(), self._asked)
                if state.failure is not None:
                    await self._release()
            self._after_feed()
        except BaseException:
            await self.close()
            raise
        return True

    async def _prime(self) -> None:
        while not self._state.pending and await self._fill():
            pass

    async def _next_event(self) -> Event:
        pending = self._state.pending
        if not pending:
            self._asking()
            while not pending:
                if self._state.done:
                    await self._drain()
                    raise StopAsyncIteration
                if not await self._fill() and not pending:
                    raise StopAsyncIteration
        item = pending.popleft()
        if isinstance(item, BaseException):
            raise item
        return item

    def __aiter__(self) -> AsyncIterator[C]:
        return self

    async def __anext__(self) -> C:
        data = (await self._next_event())[0]
        try:
            return self._parse_chunk(data)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise self._misfit(data, exc) from exc

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """Only the text deltas, as they arrive."""
        return self._texts()

    async def _texts(self) -> AsyncIterator[str]:
        while True:
            try:
                _, text = await self._next_event()
            except StopAsyncIteration:
                return
            if text:
                yield text

    async def get_final_completion(self) -> F:
        """Read to the end and return the accumulated result (usage and cost included)."""
        self._asking()
        pending = self._state.pending
        while True:
            while pending and not isinstance(pending[0], BaseException):
                pending.popleft()
            if pending or not await self._fill():
                break
        await self._drain()
        return self._final()

    async def _drain(self) -> None:
        if self._released:
            return
        self._draining = True
        if has_socket(self.response):
            self._deadline = time.monotonic() + _DRAIN_SECONDS
            self._watch()
        read = 0
        try:
            async for raw in self._raw:
                read += len(raw)
                if read > _DRAIN_BYTES:
                    break
        except _read_failures():
            pass
        await self._release()

    async def _release(self) -> None:
        if not self._released:
            self._released = True
            if self._timer is not None:
                self._timer.cancel()
            await self.response.aclose()

    async def close(self) -> None:
        """Stop reading and release the connection (a read blocked in another task ends)."""
        if not self._closed:
            self._closed = True
            await self._release()
            self._settle()

    async def aclose(self) -> None:
        await self.close()

    async def __aenter__(self) -> AsyncStream[C, F]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __del__(self) -> None:
        if getattr(self, "_closed", True) or getattr(self, "_released", True):
            return
        warnings.warn(
            f"unclosed stream {self!r}: use `async with` or await close()",
            ResourceWarning,
            stacklevel=2,
        )
        self._closed = True
        self._settle()  # the budget learns what it cost, even if nobody closes it
        import asyncio  # loaded already: this stream belongs to an async client

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop to release the connection on: the pool reclaims it when closed
        task = loop.create_task(self._release())
        _RELEASING.add(task)  # a task nobody references may be collected before it runs
        task.add_done_callback(_RELEASING.discard)

    def __repr__(self) -> str:
        return f"<AsyncStream {self._state.kind.name} closed={self._closed}>"


def whole_answer(kind: StreamKind[Any, Any], body: dict[str, Any]) -> bytes:
    """A complete (non-streamed) answer to a stream request, as the SSE body it stands for."""
    events = kind.whole(body)
    parts = [b"data: " + json.dumps(event).encode() + b"\n\n" for event in events]
    return b"".join(parts) + b"data: [DONE]\n\n"
