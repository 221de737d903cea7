"""Middleware: code that sees every HTTP attempt of a client, without editing the calls.

A middleware is a callable `(request, call_next) -> response` (on `AsyncOpenRouter`, an `async`
one whose `call_next` is awaited). It runs once per attempt, so it sees retries too: it may read
or change the request (add a header), call `call_next(request)` and look at the response or the
error, or answer without calling it (a cache). Exceptions it raises surface to the caller as they
are; they are never retried or swallowed.

The list runs outermost first: `middleware=[a, b]` means `a` sees the request before `b` and the
response after `b`.

A middleware that also wants the pipeline's decisions defines `on_event(event)`: it receives
`CallStarted` (before the first attempt), `Retrying` (an attempt failed and will be retried after
`delay` seconds), `CallEnded` (the call returned or raised), and for streams `StreamStarted` (a
stream was handed to the caller) and `StreamEnded` (a stream is over: its usage, cost, and the
error that ended it, if any). `request.extensions["openrouter"]` holds the attempt's `CallInfo`;
`call_id` ties the attempts and events of one call together.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeAlias

from ._http import is_response

if TYPE_CHECKING:
    from decimal import Decimal

    import httpx

__all__ = [
    "AsyncMiddleware",
    "CallEnded",
    "CallInfo",
    "CallStarted",
    "Middleware",
    "MiddlewareEvent",
    "Retrying",
    "StreamEnded",
    "StreamStarted",
    "check_middleware",
    "compose_async",
    "compose_sync",
    "notify",
]

SyncSend: TypeAlias = "Callable[[httpx.Request], httpx.Response]"
AsyncSend: TypeAlias = "Callable[[httpx.Request], Awaitable[httpx.Response]]"


class Middleware(Protocol):
    """A sync middleware: `def middleware(request, call_next) -> httpx.Response`."""

    def __call__(self, request: httpx.Request, call_next: SyncSend, /) -> httpx.Response: ...


class AsyncMiddleware(Protocol):
    """An async middleware: `async def middleware(request, call_next) -> httpx.Response`."""

    def __call__(
        self, request: httpx.Request, call_next: AsyncSend, /
    ) -> Awaitable[httpx.Response]: ...


class CallInfo(NamedTuple):
    """What the pipeline knows about one attempt (in `request.extensions["openrouter"]`).

    Attributes:
        operation: the API operation id (`create_chat_completion`, `list_models`, ...).
        attempt: 0 for the first request of a call, then 1, 2, ... for retries.
        stream: whether the call asked for an event stream.
        call_id: the same for every attempt of one call, different for every call.
    """

    operation: str
    attempt: int
    stream: bool
    call_id: int = 0


class CallStarted(NamedTuple):
    """A call begins; `request` is its first attempt's request (the body as sent)."""

    call: CallInfo
    request: httpx.Request


class CallEnded(NamedTuple):
    """A call returned (`result`: the parsed answer, a `RawResponse`, or a stream that is just
    starting) or failed (`error`) after its last attempt."""

    call: CallInfo
    result: object
    error: BaseException | None


class Retrying(NamedTuple):
    """An attempt failed and the call will be retried after `delay` seconds."""

    call: CallInfo
    error: Exception
    delay: float


class StreamStarted(NamedTuple):
    """A stream was handed to the caller (its first event arrived)."""

    call: CallInfo
    response: httpx.Response


class StreamEnded(NamedTuple):
    """A stream is over: its usage and cost (when the server sent them) and the ending error."""

    call: CallInfo
    usage: dict[str, Any] | None
    cost: Decimal | None
    error: BaseException | None


MiddlewareEvent: TypeAlias = CallStarted | Retrying | StreamStarted | StreamEnded | CallEnded


#: Middleware every new client gets after its own (see `add_to_every_client`): (sync, async) pairs.
_EVERY_CLIENT: list[tuple[Any, Any]] = []


def add_to_every_client(sync_layer: Any, async_layer: Any) -> None:
    """Give every client created from now on this middleware (the sync form on `OpenRouter`,
    the async form on `AsyncOpenRouter`), after its own; for integrations such as tracing."""
    _EVERY_CLIENT.append((sync_layer, async_layer))


def remove_from_every_client(sync_layer: Any) -> None:
    """Undo `add_to_every_client` for the pair whose sync form is `sync_layer`."""
    _EVERY_CLIENT[:] = [pair for pair in _EVERY_CLIENT if pair[0] is not sync_layer]


def for_new_client(own: tuple[Any, ...], *, asynchronous: bool) -> tuple[Any, ...]:
    """A new client's middleware: its own, then those added to every client."""
    if not _EVERY_CLIENT:
        return own
    return own + tuple(pair[1] if asynchronous else pair[0] for pair in _EVERY_CLIENT)


def check_middleware(value: object, *, asynchronous: bool) -> tuple[Any, ...]:
    """Validate `middleware=` (a sequence of callables; async ones on the async client)."""
    if value is None:
        return ()
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        raise TypeError("middleware must be a list of callables")
    for index, item in enumerate(value):
        if not callable(item):
            raise TypeError(f"middleware[{index}] must be callable, got {type(item).__name__}")
        is_async = inspect.iscoroutinefunction(item) or inspect.iscoroutinefunction(
            getattr(item, "__call__", None)  # noqa: B004 - an object whose __call__ is async
        )
        if asynchronous and not is_async:
            raise TypeError(f"middleware[{index}] must be an async callable on AsyncOpenRouter")
        if not asynchronous and is_async:
            raise TypeError(f"middleware[{index}] is async: use it with AsyncOpenRouter")
    return tuple(value)


def compose_sync(middleware: Sequence[Any], send: SyncSend) -> SyncSend:
    """`send` wrapped by the middleware, the first one outermost."""
    for layer in reversed(middleware):
        send = _bind_sync(layer, send)
    return send


def _bind_sync(layer: Any, call_next: SyncSend) -> SyncSend:
    def send(request: httpx.Request) -> httpx.Response:
        return _checked(layer(request, call_next), layer)

    return send


def compose_async(middleware: Sequence[Any], send: AsyncSend) -> AsyncSend:
    """The async twin of `compose_sync`."""
    for layer in reversed(middleware):
        send = _bind_async(layer, send)
    return send


def _bind_async(layer: Any, call_next: AsyncSend) -> AsyncSend:
    async def send(request: httpx.Request) -> httpx.Response:
        return _checked(await layer(request, call_next), layer)

    return send


def _checked(response: object, layer: Any) -> httpx.Response:
    if not is_response(response):
        name = getattr(layer, "__name__", type(layer).__name__)
        raise TypeError(
            f"middleware {name} returned {type(response).__name__}, not an httpx.Response"
        )
    return response


def notify(middleware: Sequence[Any], event: MiddlewareEvent) -> None:
    """Tell every middleware that listens (`on_event`) about a pipeline decision."""
    for layer in middleware:
        listener = getattr(layer, "on_event", None)
        if listener is not None:
            listener(event)
