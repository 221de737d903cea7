"""The request pipeline every operation goes through: one loop per mode, twins side by side.

A call travels: build the request (auth and attribution headers, per-call options) -> send ->
judge the outcome (success, error status, error inside a 200 body, connection failure, an error
event before anything was streamed) -> retry what provably was not processed, or could not bill
twice -> map errors to the exception tree -> parse (or prime the stream, or hand back the raw
response) -> settle the budget guard exactly once -> record the cost. Every decision is a pure
function here (`next_delay`, `connection_failure`, `check_response`); the loops only do I/O.
Raw mode (`with_raw_response`) is a flag of the call, not another transport.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from openrouter_api.api import Operation, RequestOptions
from openrouter_api.errors import UnexpectedStatus
from openrouter_api.types import JSON_EXTENSION, read_json

from ._config import ClientConfig, Timeouts, resolve_timeout
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    FirstTokenTimeoutError,
    ResponseValidationError,
    StreamError,
    status_error,
)
from ._http import errors, stack_of
from ._logging import log_bodies, logger, redact
from ._middleware import (
    CallEnded,
    CallInfo,
    CallStarted,
    Retrying,
    StreamEnded,
    StreamStarted,
    compose_async,
    compose_sync,
    notify,
)
from ._ratelimit import RateLimiter
from ._raw import RawResponse
from ._request import RequestBuilder
from ._streaming import AsyncStream, Deadlines, Stream, StreamKind, StreamState, whole_answer

if TYPE_CHECKING:
    import httpx

    from ._metering import CallGuard

__all__ = [
    "AsyncTransport",
    "Failure",
    "SyncTransport",
    "check_response",
    "connection_failure",
    "is_billable",
    "next_delay",
]

T = TypeVar("T")
C = TypeVar("C")
F = TypeVar("F")


def _error_in_body(response: httpx.Response) -> APIStatusError | None:
    """A 200 whose JSON body is an error envelope (`{"error": {...}}` with no `id`)."""
    if b'"error"' not in response.content:
        return None
    try:
        body = read_json(response.content)
    except ValueError:
        return None
    return _envelope_error(response, body)


def _envelope_error(response: httpx.Response, body: object) -> APIStatusError | None:
    if isinstance(body, dict) and isinstance(body.get("error"), dict) and "id" not in body:
        return status_error(response, body, request_id=_request_id(response))
    return None


def _read_checked(response: httpx.Response) -> None:
    """Raise `_Retry` when a read success response is an error envelope (a 200 with `error`).

    A JSON answer is read here once and handed to the parser (`response_json` in the generated
    code takes it from `response.extensions`): a 400 KB model list is not searched for
    `"error"` and then read again. Anything else is searched, as `_checked` does.
    """
    if "json" not in response.headers.get("content-type", ""):
        _checked(response)
        return
    try:
        body = read_json(response.content)
    except ValueError:
        return  # not JSON after all: the parser says what it makes of it
    failure = _envelope_error(response, body)
    if failure is not None:
        raise _Retry(Failure(failure, sent=True, headers=response.headers))
    response.extensions[JSON_EXTENSION] = body


def _decode(response: httpx.Response) -> object:
    try:
        return read_json(response.content)
    except ValueError:
        return response.text


def _request_id(response: httpx.Response) -> str | None:
    for name in ("x-request-id", "x-generation-id", "cf-ray"):
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def check_response(response: httpx.Response) -> APIStatusError | None:
    """The typed error a read response stands for, or None when it is a real success."""
    if response.is_success:
        return _error_in_body(response)
    return status_error(response, _decode(response), request_id=_request_id(response))


# -- what happened, and whether to try again (pure) -----------------------------------------------

#: POST operations that start a generation (or other billed work): once such a request reached the
#: server it may be running and billed, so it is not sent again unless the policy opts in.
BILLABLE_TAGS = frozenset(
    {
        "anthropic_messages", "batch", "chat", "completions", "embeddings", "images", "rerank",
        "responses", "stt", "system_one", "tts", "video_generation",
    }
)  # fmt: skip


def is_billable(operation: Operation) -> bool:
    """Whether sending `operation` may start billed work."""
    return operation.method.upper() == "POST" and operation.tag in BILLABLE_TAGS


class Failure(NamedTuple):
    """One failed attempt.

    Attributes:
        error: the exception that stands for it.
        sent: the request may have reached the server whole (so it may have been processed).
        billed: a success status was received, or the request was sent and nothing came back:
            the server may have billed the call.
        headers: the response headers, when there was a response (for `Retry-After`).
    """

    error: APIError
    sent: bool
    billed: bool = False
    headers: httpx.Headers | None = None


class _Retry(Exception):
    """Raised by a success handler: the attempt failed in a way the loop must judge."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.error.message)
        self.failure = failure


_NOT_SENT = (
    "ConnectError",
    "ConnectTimeout",
    "PoolTimeout",
    "WriteError",
    "WriteTimeout",
    "LocalProtocolError",  # the request could not even be written (a bad header, say)
)


def _not_sent(exc: httpx.HTTPError) -> bool:
    """Failures that happen before the whole request reached the server."""
    return isinstance(exc, errors(*_NOT_SENT))


def connection_failure(
    exc: httpx.HTTPError,
    request: httpx.Request,
    operation: Operation,
    first_token: float | None = None,
) -> Failure:
    """A transport failure before any response: was the request (possibly) processed?

    `first_token`: the stream's first-token deadline, when it capped the wait for the headers.
    """
    sent = not _not_sent(exc)
    error = _connection_error(exc, request)
    if first_token is not None and isinstance(exc, errors("ReadTimeout")):
        error = FirstTokenTimeoutError(
            f"no response within first_token_timeout={first_token} s", request=request
        )
    return Failure(error, sent=sent, billed=sent and is_billable(operation))


def next_delay(
    config: ClientConfig,
    operation: Operation,
    failure: Failure,
    retry_index: int,
    started: float,
) -> float | None:
    """Seconds to wait before retrying after `failure`, or None when it must be raised instead.

    A status the API answered is retried when the policy lists it. A connection failure is
    retried when the request provably did not reach the server whole, or when sending it again
    cannot bill twice (not a billable POST, or the policy opts in with `retry_sent_requests`).
    """
    error = failure.error
    if isinstance(error, APIStatusError):
        if not config.retry.is_retryable_status(error.status_code):
            return None
    elif failure.sent and is_billable(operation) and not config.retry.retry_sent_requests:
        return None
    clock = config.clock
    delay = config.retry.delay(
        retry_index,
        headers=failure.headers,
        elapsed=clock.monotonic() - started,
        random=clock.random,
        now=clock.time,
    )
    if delay is not None:
        logger.info("retrying %s after %.2f s: %s", operation.id, delay, error.message)
    return delay


def early_error(response: httpx.Response, error: StreamError) -> APIStatusError:
    """An error event that came before any event, as the HTTP error it stands for."""
    message = error.message.removeprefix("error in stream: ")
    body = {"error": {"code": error.code, "message": message, "metadata": error.metadata}}
    return status_error(response, body, request_id=_request_id(response))


def _is_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "")


def _parse(
    parse: Callable[[httpx.Response], T], response: httpx.Response, strict: bool = False
) -> T:
    try:
        result = parse(response)
        if strict:
            _strictly(parse, response, result)
        return result
    except (KeyError, ValueError, TypeError, AttributeError, UnexpectedStatus) as exc:
        raise ResponseValidationError(
            f"The response to {response.request.method} {response.request.url.path} did not fit "
            f"the expected model ({type(exc).__name__}: {exc})",
            body=response.text,
            response=response,
        ) from exc


def _strictly(
    parse: Callable[[httpx.Response], Any], response: httpx.Response, result: Any
) -> None:
    """`strict_responses`: raise ValueError where the parsed answer strays from the spec."""
    from ._strict import drift, expected_type

    if isinstance(result, (bytes, str)) or result is None:
        return  # binary and text answers have no shape to drift from
    problems = drift(result, response.json(), expected_type(parse))
    if problems:
        raise ValueError("; ".join(problems[:5]))


def _record(config: ClientConfig, operation: Operation, result: object) -> None:
    """Every parsed response that carries `usage.cost` goes to the ledger and active scopes."""
    usage = result.get("usage") if isinstance(result, dict) else getattr(result, "usage", None)
    if usage is None:
        return  # most operations carry no usage: skip the cost bookkeeping entirely
    config.meter.record(operation.id, result)


def _log_response(
    config: ClientConfig,
    request: httpx.Request,
    response: httpx.Response,
    sent_at: float,
    attempt: int,
) -> None:
    if not logger.isEnabledFor(10):
        return
    generation = response.headers.get("x-generation-id")
    logger.debug(
        "%s %s -> %d in %.0f ms (attempt %d)%s",
        request.method,
        request.url,
        response.status_code,
        (config.clock.monotonic() - sent_at) * 1000,
        attempt + 1,
        f" generation {generation}" if generation else "",
    )
    if log_bodies() and response.is_closed:  # only bodies already read
        logger.debug("response body: %s", redact(response.text[:4000]))


def _connection_error(exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, errors("TimeoutException")):
        return APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}: {exc})", request=request)


_CLOSED = "this client has been closed: create a new one (or do not close it before this call)"
_CUT = (
    "the connection broke while reading a successful response ({}); not retried because the "
    "request may already have been billed"
)


def _body_failure(exc: httpx.HTTPError, response: httpx.Response, operation: Operation) -> Failure:
    """A success response whose body could not be read: billed, if the operation bills."""
    billed = is_billable(operation)
    message = _CUT.format(type(exc).__name__) if billed else f"Connection error ({exc})"
    return Failure(APIConnectionError(message, request=response.request), sent=True, billed=billed)


def _abandon(guard: CallGuard | None, failure: Failure | None) -> None:
    """The call stops before its next attempt: settle as its last failure says (none: released)."""
    if failure is None:
        if guard is not None:
            guard.release()
    else:
        _settle_failure(guard, failure)


def _settle_failure(guard: CallGuard | None, failure: Failure) -> None:
    if guard is None:
        return
    if failure.billed:
        guard.fail(None)  # it may have been billed: the reservation stays spent
    else:
        guard.release()


def _checked(response: httpx.Response) -> None:
    """Raise `_Retry` when a read success response is an error envelope (a 200 with `error`)."""
    failure = _error_in_body(response)
    if failure is not None:
        raise _Retry(Failure(failure, sent=True, headers=response.headers))


def _result(
    config: ClientConfig,
    operation: Operation,
    response: httpx.Response,
    parse: Callable[[httpx.Response], T],
    raw: bool,
    guard: CallGuard | None,
) -> Any:
    """The answer to a read success response: parsed (or raw), recorded, the guard settled."""
    if raw:
        _checked(response)
    else:
        _read_checked(response)
    try:
        if raw:
            strict = config.strict_responses
            result: Any = RawResponse(response, lambda r: _parse(parse, r, strict))
            priced: Any = result.json() if b'"usage"' in response.content else None
        else:
            result = priced = _parse(parse, response, config.strict_responses)
    except ResponseValidationError:
        if guard is not None:
            guard.fail(_decode(response))  # billed, but not readable as the model
        raise
    if priced is not None:
        _record(config, operation, priced)
    if guard is not None:
        guard.finish(priced, keep_record=False)  # recorded just above
    return result


def _model_of(kwargs: Mapping[str, Any], options: RequestOptions) -> str | None:
    """The model a call names (rate limits are kept per model)."""
    extra = options.get("extra_body")
    if isinstance(extra, Mapping) and isinstance(extra.get("model"), str):
        return str(extra["model"])
    body = kwargs.get("json")
    model = body.get("model") if isinstance(body, Mapping) else None
    return model if isinstance(model, str) else None


def _refused(request: httpx.Request, wait: float) -> APIStatusError:
    """`RateLimit(block=False)` would have to wait: refuse before sending, as a 429 would."""
    body = {
        "error": {
            "code": 429,
            "message": f"client-side rate limit: the next request may go in {wait:.2f} s; "
            "nothing was sent",
        }
    }
    response = stack_of(request).Response(429, json=body, headers={"retry-after": f"{wait:.3f}"})
    response.request = request
    return status_error(response, body)


_CALL_IDS = itertools.count(1)  # call ids for middleware; 0 means "nobody listens"


def _admit(
    limiter: RateLimiter,
    model: str | None,
    now: float,
    request: httpx.Request,
    guard: CallGuard | None,
) -> float:
    """Seconds to wait for the rate limit before sending; a non-blocking limit refuses instead."""
    wait, may_wait = limiter.reserve(model, now)
    if wait > 0 and not may_wait:
        refused = _refused(request, wait)
        _settle_failure(guard, Failure(refused, sent=False))
        raise refused
    return wait


def _stream_events(
    config: ClientConfig, stream: Stream[Any, Any] | AsyncStream[Any, Any], info: CallInfo
) -> None:
    """Tell the middleware that listens when the stream starts and when it ends."""
    middleware = config.middleware
    notify(middleware, StreamStarted(info, stream.response))

    def ended(state: StreamState[Any, Any], expired: BaseException | None) -> None:
        from ._cost import to_decimal

        partial = state.partial()
        usage = partial.get("usage") if isinstance(partial.get("usage"), dict) else None
        cost = to_decimal(usage.get("cost")) if usage is not None else None
        notify(middleware, StreamEnded(info, usage, cost, state.failure or expired))

    stream.on_end = ended
    if stream._ended:  # the whole body came with the first read: it ended while being primed
        ended(stream._state, stream._expired)


class SyncTransport:
    """The blocking request pipeline (implements `openrouter_api.api.SyncTransport`).

    `raw=True` makes `request` answer with `RawResponse` (see `OpenRouter.with_raw_response`);
    internal calls (the price catalogue, for example) always ask for what they need.
    """

    __slots__ = ("_build", "_config", "_http", "_send", "raw")

    def __init__(self, config: ClientConfig, http: httpx.Client, *, raw: bool = False) -> None:
        self._config = config
        self._http = http
        self.raw = raw
        self._build = RequestBuilder(config, http).build
        self._send = compose_sync(config.middleware, self._send_http)

    def _send_http(self, request: httpx.Request) -> httpx.Response:
        return self._http.send(request, stream=True)

    @property
    def config(self) -> ClientConfig:
        """The client configuration this transport applies."""
        return self._config

    def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> Any:
        """What generated resources call: parsed, or a `RawResponse` in raw mode."""
        return self.call(operation, kwargs, parse, options, raw=self.raw)

    def call(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
        *,
        raw: bool = False,
        guard: CallGuard | None = None,
    ) -> Any:
        """Send one call and return its parsed body (or `RawResponse` with `raw=True`)."""
        config = self._config

        def handle(response: httpx.Response) -> Any:
            try:
                response.read()
            except errors("HTTPError") as exc:
                response.close()
                raise _Retry(_body_failure(exc, response, operation)) from exc
            return _result(config, operation, response, parse, raw, guard)

        return self._run(operation, kwargs, options, handle, guard)

    def stream(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        kind: StreamKind[C, F],
        deadlines: Deadlines,
        guard: CallGuard | None = None,
    ) -> Stream[C, F]:
        """Send a streaming call and return the primed `Stream`."""
        kind = _kind(self._config, kind)
        clock = self._config.clock
        sent, capped, read = _stream_options(options, self._config.timeout, deadlines)
        first = deadlines.first_token if capped else None

        def handle(response: httpx.Response) -> Stream[C, F]:
            _uncap(response, capped, read)
            chunks = None
            if _is_json(response):  # answered whole: an error envelope, or the full result
                try:
                    response.read()
                except errors("HTTPError") as exc:
                    response.close()
                    raise _Retry(_body_failure(exc, response, operation)) from exc
                whole = _whole_answer(kind, response)
                chunks = iter([whole]) if whole is not None else None
            state = StreamState(kind, deadlines, clock.monotonic(), response.request)
            stream = Stream(response, state, guard, clock.monotonic, chunks)
            try:
                stream._prime()
            except BaseException:
                stream._priming = False
                stream.close()
                raise
            early = state.early_error()
            if early is not None:
                stream._release()
                raise _Retry(Failure(early_error(response, early), sent=True))
            _hand_out(self._config, stream, state)
            return stream

        return self._run(operation, kwargs, sent, handle, guard, stream=True, first=first)

    def send(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions
    ) -> httpx.Response:
        """Send and return the success response unread (for streaming downloads); close it."""
        return self._run(operation, kwargs, options, lambda response: response, None)

    def _run(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        handle: Callable[[httpx.Response], T],
        guard: CallGuard | None,
        *,
        stream: bool = False,
        first: float | None = None,
    ) -> T:
        """One call: its attempts, told to listening middleware (`CallStarted`, `CallEnded`)."""
        middleware = self._config.middleware
        if not middleware:
            return self._attempts(operation, kwargs, options, handle, guard, stream, 0, first)
        call_id = next(_CALL_IDS)
        try:
            result = self._attempts(
                operation, kwargs, options, handle, guard, stream, call_id, first
            )
        except BaseException as error:
            notify(middleware, CallEnded(CallInfo(operation.id, -1, stream, call_id), None, error))
            raise
        notify(middleware, CallEnded(CallInfo(operation.id, -1, stream, call_id), result, None))
        return result

    def _attempts(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        handle: Callable[[httpx.Response], T],
        guard: CallGuard | None,
        stream: bool,
        call_id: int,
        first: float | None = None,
    ) -> T:
        """The one retry loop: send, judge, wait, send again; raise the typed error at the end.

        `handle` turns a success response into the result, or raises `_Retry` with the failure
        it turned out to be. At most `max_retries + 1` requests are sent. Each attempt waits for
        the rate limit, then goes through the middleware.
        """
        config = self._config
        clock = config.clock
        limiter = config.limiter
        model = _model_of(kwargs, options)
        started = clock.monotonic()
        retry_index = 0
        failure: Failure | None = None  # the last attempt's
        while True:
            try:
                request = self._build(operation, kwargs, options)
            except BaseException:
                _abandon(guard, failure)
                raise
            info = CallInfo(operation.id, retry_index, stream, call_id)
            request.extensions["openrouter"] = info
            if call_id and not retry_index:
                notify(config.middleware, CallStarted(info, request))
            wait = _admit(limiter, model, clock.monotonic(), request, guard)
            if wait > 0:
                clock.sleep(wait)
            sent_at = clock.monotonic()
            try:
                response = self._send(request)
            except errors("HTTPError") as exc:
                failure = connection_failure(exc, request, operation, first)
            except RuntimeError as exc:
                if guard is not None:
                    guard.release()
                raise APIConnectionError(_CLOSED, request=request) from exc
            except BaseException:
                if guard is not None:
                    guard.fail(None)
                raise
            else:
                _log_response(config, request, response, sent_at, retry_index)
                if limiter.watching:
                    limiter.observe(model, response.headers, clock.monotonic(), clock.time())
                success = 200 <= response.status_code < 300  # (httpx2's is_success is slow)
                try:
                    if success:
                        return handle(response)
                    failure = _status_failure(response, response.read)
                except _Retry as retry:
                    failure = retry.failure
                except errors("HTTPError") as exc:  # the error body could not be read
                    failure = Failure(_connection_error(exc, request), sent=True)
                except BaseException:
                    response.close()
                    if guard is not None and not guard.finished:
                        guard.fail(None)
                    raise
                finally:
                    if not success:
                        response.close()
            delay = next_delay(config, operation, failure, retry_index, started)
            if delay is None:
                _settle_failure(guard, failure)
                raise failure.error
            if config.middleware:
                notify(config.middleware, Retrying(info, failure.error, delay))
            try:
                clock.sleep(delay)
            except BaseException:  # interrupted while waiting: the call ends here
                _abandon(guard, failure)
                raise
            retry_index += 1


class AsyncTransport:
    """The awaitable request pipeline (implements `openrouter_api.api.AsyncTransport`)."""

    __slots__ = ("_build", "_config", "_http", "_send", "raw")

    def __init__(self, config: ClientConfig, http: httpx.AsyncClient, *, raw: bool = False) -> None:
        self._config = config
        self._http = http
        self.raw = raw
        self._build = RequestBuilder(config, http).build
        self._send = compose_async(config.middleware, self._send_http)

    async def _send_http(self, request: httpx.Request) -> httpx.Response:
        return await self._http.send(request, stream=True)

    @property
    def config(self) -> ClientConfig:
        """The client configuration this transport applies."""
        return self._config

    async def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> Any:
        """What generated resources call: parsed, or a `RawResponse` in raw mode."""
        return await self.call(operation, kwargs, parse, options, raw=self.raw)

    async def call(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
        *,
        raw: bool = False,
        guard: CallGuard | None = None,
    ) -> Any:
        """Send one call and return its parsed body (or `RawResponse` with `raw=True`)."""
        config = self._config

        async def handle(response: httpx.Response) -> Any:
            try:
                await response.aread()
            except errors("HTTPError") as exc:
                await response.aclose()
                raise _Retry(_body_failure(exc, response, operation)) from exc
            return _result(config, operation, response, parse, raw, guard)

        return await self._run(operation, kwargs, options, handle, guard)

    async def stream(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        kind: StreamKind[C, F],
        deadlines: Deadlines,
        guard: CallGuard | None = None,
    ) -> AsyncStream[C, F]:
        """Send a streaming call and return the primed `AsyncStream`."""
        kind = _kind(self._config, kind)
        clock = self._config.clock
        sent, capped, read = _stream_options(options, self._config.timeout, deadlines)
        first = deadlines.first_token if capped else None

        async def handle(response: httpx.Response) -> AsyncStream[C, F]:
            _uncap(response, capped, read)
            chunks = None
            if _is_json(response):  # answered whole: an error envelope, or the full result
                try:
                    await response.aread()
                except errors("HTTPError") as exc:
                    await response.aclose()
                    raise _Retry(_body_failure(exc, response, operation)) from exc
                whole = _whole_answer(kind, response)
                chunks = _aiter_once(whole) if whole is not None else None
            state = StreamState(kind, deadlines, clock.monotonic(), response.request)
            stream = AsyncStream(response, state, guard, clock.monotonic, chunks)
            try:
                await stream._prime()
            except BaseException:
                stream._priming = False
                await stream.close()
                raise
            early = state.early_error()
            if early is not None:
                await stream._release()
                raise _Retry(Failure(early_error(response, early), sent=True))
            _hand_out(self._config, stream, state)
            return stream

        return await self._run(operation, kwargs, sent, handle, guard, stream=True, first=first)

    async def send(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions
    ) -> httpx.Response:
        """Send and return the success response unread (for streaming downloads); close it."""

        async def unread(response: httpx.Response) -> httpx.Response:
            return response

        return await self._run(operation, kwargs, options, unread, None)

    async def _run(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        handle: Callable[[httpx.Response], Awaitable[T]],
        guard: CallGuard | None,
        *,
        stream: bool = False,
        first: float | None = None,
    ) -> T:
        """The async twin of `SyncTransport._run`."""
        middleware = self._config.middleware
        if not middleware:
            return await self._attempts(operation, kwargs, options, handle, guard, stream, 0, first)
        call_id = next(_CALL_IDS)
        try:
            result = await self._attempts(
                operation, kwargs, options, handle, guard, stream, call_id, first
            )
        except BaseException as error:
            notify(middleware, CallEnded(CallInfo(operation.id, -1, stream, call_id), None, error))
            raise
        notify(middleware, CallEnded(CallInfo(operation.id, -1, stream, call_id), result, None))
        return result

    async def _attempts(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        handle: Callable[[httpx.Response], Awaitable[T]],
        guard: CallGuard | None,
        stream: bool,
        call_id: int,
        first: float | None = None,
    ) -> T:
        """The async twin of `SyncTransport._attempts`."""
        config = self._config
        clock = config.clock
        limiter = config.limiter
        model = _model_of(kwargs, options)
        started = clock.monotonic()
        retry_index = 0
        failure: Failure | None = None  # the last attempt's
        while True:
            try:
                request = self._build(operation, kwargs, options)
            except BaseException:
                _abandon(guard, failure)
                raise
            info = CallInfo(operation.id, retry_index, stream, call_id)
            request.extensions["openrouter"] = info
            if call_id and not retry_index:
                notify(config.middleware, CallStarted(info, request))
            wait = _admit(limiter, model, clock.monotonic(), request, guard)
            if wait > 0:
                await clock.asleep(wait)
            sent_at = clock.monotonic()
            try:
                response = await self._send(request)
            except errors("HTTPError") as exc:
                failure = connection_failure(exc, request, operation, first)
            except RuntimeError as exc:
                if guard is not None:
                    guard.release()
                raise APIConnectionError(_CLOSED, request=request) from exc
            except BaseException:
                if guard is not None:
                    guard.fail(None)
                raise
            else:
                _log_response(config, request, response, sent_at, retry_index)
                if limiter.watching:
                    limiter.observe(model, response.headers, clock.monotonic(), clock.time())
                success = 200 <= response.status_code < 300  # (httpx2's is_success is slow)
                try:
                    if success:
                        return await handle(response)
                    await response.aread()
                    failure = _status_failure(response, None)
                except _Retry as retry:
                    failure = retry.failure
                except errors("HTTPError") as exc:  # the error body could not be read
                    failure = Failure(_connection_error(exc, request), sent=True)
                except BaseException:
                    await response.aclose()
                    if guard is not None and not guard.finished:
                        guard.fail(None)
                    raise
                finally:
                    if not success:
                        await response.aclose()
            delay = next_delay(config, operation, failure, retry_index, started)
            if delay is None:
                _settle_failure(guard, failure)
                raise failure.error
            if config.middleware:
                notify(config.middleware, Retrying(info, failure.error, delay))
            try:
                await clock.asleep(delay)
            except BaseException:  # interrupted while waiting: the call ends here
                _abandon(guard, failure)
                raise
            retry_index += 1


def _status_failure(response: httpx.Response, read: Callable[[], object] | None) -> Failure:
    """An error status the API answered: not processed, so never billed."""
    if read is not None:
        read()
    error = status_error(response, _decode(response), request_id=_request_id(response))
    return Failure(error, sent=True, headers=response.headers)


def _kind(config: ClientConfig, kind: StreamKind[C, F]) -> StreamKind[C, F]:
    """`strict_responses`: the kind whose events are checked against the spec as they arrive."""
    if not config.strict_responses:
        return kind
    from ._strict import strict_kind

    strict: StreamKind[C, F] = strict_kind(kind)
    return strict


def _whole_answer(kind: StreamKind[Any, Any], response: httpx.Response) -> bytes | None:
    """A read JSON answer to a stream request: its error envelope raised for the retry loop to
    judge, or the whole result as the event stream it stands for (None: not an object)."""
    _checked(response)
    body = _decode(response)
    return whole_answer(kind, body) if isinstance(body, dict) else None


def _hand_out(
    config: ClientConfig,
    stream: Stream[Any, Any] | AsyncStream[Any, Any],
    state: StreamState[Any, Any],
) -> None:
    """A primed stream goes to the caller: its end settles the guard from now on; a stream that
    failed before its first event fails the call itself; listening middleware hear it start."""
    stream._primed()
    first = state.pending[0] if state.pending else None
    if isinstance(first, BaseException):
        state.pending.popleft()
        raise first
    if config.middleware:
        _stream_events(config, stream, stream.response.request.extensions["openrouter"])


async def _aiter_once(data: bytes) -> AsyncIterator[bytes]:
    yield data


def _stream_options(
    options: RequestOptions, default: Timeouts, deadlines: Deadlines
) -> tuple[RequestOptions, bool, float | None]:
    """Ask for an event stream; wait for the headers no longer than the first-token deadline.

    Returns the options, whether the read timeout was capped, and the read timeout to restore
    once the headers are in (from then on the stream keeps its own deadlines).
    """
    extra = dict(options.get("extra_headers") or {})
    extra.setdefault("Accept", "text/event-stream")
    result: RequestOptions = {**options, "extra_headers": extra}
    first = deadlines.first_token
    base = resolve_timeout(options["timeout"]) if "timeout" in options else default
    if first is None or (base.read is not None and base.read <= first):
        return result, False, base.read
    result["timeout"] = base._replace(read=first)
    return result, True, base.read


def _uncap(response: httpx.Response, capped: bool, read: float | None) -> None:
    """The headers are in: the body is read under the call's own read timeout again (the
    transport reads this timeout when it starts on the body)."""
    if capped:
        timeouts = response.request.extensions.get("timeout")
        if isinstance(timeouts, dict):
            timeouts["read"] = read
