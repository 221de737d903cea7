"""The one transport loop every operation goes through (sync and async twins side by side).

It adds auth and attribution headers, sends, classifies the outcome (success, error status,
error inside a 200 body, connection failure), retries what is safe to retry, maps errors to the
exception tree, parses the success body and logs without secrets.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
from openrouter_api.api import Operation, RequestOptions
from openrouter_api.errors import UnexpectedStatus

from ._config import ClientConfig, resolve_timeout
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    MissingAPIKeyError,
    ResponseValidationError,
    status_error,
)
from ._logging import log_bodies, logger, redact
from ._raw import RawResponse
from ._types import NotGiven

__all__ = [
    "AsyncTransport",
    "RawAsyncTransport",
    "RawSyncTransport",
    "SyncTransport",
    "build_request",
    "check_response",
    "next_delay",
    "request_bodies",
    "split_options",
]

T = TypeVar("T")

_NO_KEY = (
    "No OpenRouter API key is configured: pass api_key=... to the client or set the "
    "OPENROUTER_API_KEY environment variable."
)


def _url(config: ClientConfig, path: str) -> str:
    base = config.base_url
    if path.startswith("/api/"):
        # Served outside the versioned base (for example /api/alpha/decisions): keep the origin.
        return f"{base.scheme}://{base.netloc.decode('ascii')}{path}"
    return str(base).rstrip("/") + path


def request_bodies(kwargs: Mapping[str, Any], options: RequestOptions) -> tuple[Any, Any]:
    """The (JSON, form) bodies as they will be sent: the operation's, with `extra_body` merged.

    The budget guard prices this JSON body, so what is priced is exactly what is sent.
    """
    json_body = kwargs.get("json")
    data = kwargs.get("data")
    extra_body = options.get("extra_body")
    if not extra_body:
        return json_body, data
    if not isinstance(extra_body, Mapping):
        raise TypeError(f"extra_body must be a mapping, got {type(extra_body).__name__}")
    if "files" in kwargs or "content" in kwargs:
        raise TypeError("extra_body cannot be combined with a multipart or binary body")
    if data is not None:
        return json_body, {**data, **extra_body}
    return {**(json_body or {}), **extra_body}, data


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    config: ClientConfig,
    operation: Operation,
    kwargs: Mapping[str, Any],
    options: RequestOptions,
) -> httpx.Request:
    """Turn a generated operation's request kwargs plus per-call options into an httpx request."""
    if operation.requires_auth and not config.api_key:
        raise MissingAPIKeyError(_NO_KEY)
    headers: dict[str, str] = dict(config.headers)
    if operation.requires_auth and config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    headers.update(kwargs.get("headers") or {})
    headers.update(options.get("extra_headers") or {})

    params: dict[str, Any] = dict(kwargs.get("params") or {})
    params.update(options.get("extra_query") or {})

    json_body, data = request_bodies(kwargs, options)
    timeout = resolve_timeout(options["timeout"]) if "timeout" in options else config.timeout
    return http.build_request(
        str(kwargs["method"]).upper(),
        _url(config, str(kwargs["url"])),
        params=params or None,
        headers=headers,
        json=json_body,
        data=data,
        files=kwargs.get("files"),
        content=kwargs.get("content"),
        timeout=timeout,
    )


def split_options(params: Mapping[str, Any]) -> RequestOptions:
    """The per-call options among a call's keyword arguments (`NOT_GIVEN` timeout means default)."""
    options: RequestOptions = {}
    for name in ("extra_headers", "extra_query", "extra_body"):
        value = params.get(name)
        if value is not None:
            options[name] = value
    if "timeout" in params and not isinstance(params["timeout"], NotGiven):
        options["timeout"] = params["timeout"]
    return options


def _error_in_body(response: httpx.Response) -> APIStatusError | None:
    """A 200 whose JSON body is an error envelope (`{"error": {...}}` with no `id`)."""
    if b'"error"' not in response.content:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if isinstance(body, dict) and isinstance(body.get("error"), dict) and "id" not in body:
        return status_error(response, body, request_id=_request_id(response))
    return None


def _decode(response: httpx.Response) -> object:
    try:
        return json.loads(response.content)
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


def _parse(parse: Callable[[httpx.Response], T], response: httpx.Response) -> T:
    try:
        return parse(response)
    except (KeyError, ValueError, TypeError, AttributeError, UnexpectedStatus) as exc:
        raise ResponseValidationError(
            f"The response to {response.request.method} {response.request.url.path} did not fit "
            f"the expected model ({type(exc).__name__}: {exc})",
            body=response.text,
            response=response,
        ) from exc


def _record(config: ClientConfig, operation: Operation, result: object) -> None:
    """Every parsed response that carries `usage.cost` goes to the ledger and active scopes."""
    usage = result.get("usage") if isinstance(result, dict) else getattr(result, "usage", None)
    if usage is None:
        return  # most operations carry no usage: skip the cost bookkeeping entirely
    from ._cost import labels_now, record, record_from

    entry = record_from(result, operation=operation.id, labels=labels_now())
    if entry is not None:
        record(config.meter.ledger, entry)


def _record_raw(config: ClientConfig, operation: Operation, raw: RawResponse[Any]) -> None:
    """A raw response is billed like a parsed one: record it from its JSON body."""
    if b'"usage"' in raw.http_response.content:
        _record(config, operation, raw.json())


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
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}: {exc})", request=request)


def next_delay(
    config: ClientConfig,
    operation: Operation,
    error: APIError,
    retry_index: int,
    started: float,
    headers: httpx.Headers | None = None,
) -> float | None:
    """Seconds to wait before retrying after `error`, or None when it must be raised instead.

    Connection errors are retryable; status errors only when the policy lists their status.
    """
    if isinstance(error, APIStatusError) and not config.retry.is_retryable_status(
        error.status_code
    ):
        return None
    clock = config.clock
    delay = config.retry.delay(
        retry_index,
        headers=headers,
        elapsed=clock.monotonic() - started,
        random=clock.random,
        now=clock.time,
    )
    if delay is not None:
        logger.info("retrying %s after %.2f s: %s", operation.id, delay, error.message)
    return delay


_BILLED = (
    "the connection broke while reading a successful response; not retried because the "
    "request may already have been billed"
)


class SyncTransport:
    """The blocking transport loop (implements `openrouter_api.api.SyncTransport`)."""

    __slots__ = ("_config", "_http")

    def __init__(self, config: ClientConfig, http: httpx.Client) -> None:
        self._config = config
        self._http = http

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
    ) -> T:
        response = self.send(operation, kwargs, options)
        result = _parse(parse, response)
        _record(self._config, operation, result)
        return result

    def request_raw(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> RawResponse[T]:
        """Like `request`, but hand back the response with parsing deferred."""
        raw = RawResponse(self.send(operation, kwargs, options), lambda r: _parse(parse, r))
        _record_raw(self._config, operation, raw)
        return raw

    def send(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        *,
        read_body: bool = True,
    ) -> httpx.Response:
        """Send with retries and return the success response; raise the typed error.

        With `read_body=False` a success response comes back unread (for streaming downloads
        and event streams); the caller must close it. Error responses are always read.
        """
        config = self._config
        clock = config.clock
        started = clock.monotonic()
        retry_index = 0
        while True:
            request = build_request(self._http, config, operation, kwargs, options)
            sent_at = clock.monotonic()
            headers: httpx.Headers | None = None
            error: APIError
            try:
                response = self._http.send(request, stream=True)
            except httpx.HTTPError as exc:
                error = _connection_error(exc, request)
            else:
                if not read_body and response.is_success:
                    _log_response(config, request, response, sent_at, retry_index)
                    return response
                try:
                    response.read()
                except httpx.HTTPError as exc:
                    response.close()
                    if response.is_success:
                        raise APIConnectionError(_BILLED, request=request) from exc
                    error = _connection_error(exc, request)
                else:
                    _log_response(config, request, response, sent_at, retry_index)
                    status_failure = check_response(response)
                    if status_failure is None:
                        return response
                    response.close()
                    error, headers = status_failure, response.headers
            delay = next_delay(config, operation, error, retry_index, started, headers)
            if delay is None:
                raise error
            clock.sleep(delay)
            retry_index += 1


class AsyncTransport:
    """The awaitable transport loop (implements `openrouter_api.api.AsyncTransport`)."""

    __slots__ = ("_config", "_http")

    def __init__(self, config: ClientConfig, http: httpx.AsyncClient) -> None:
        self._config = config
        self._http = http

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
    ) -> T:
        response = await self.send(operation, kwargs, options)
        result = _parse(parse, response)
        _record(self._config, operation, result)
        return result

    async def request_raw(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> RawResponse[T]:
        """Like `request`, but hand back the response with parsing deferred."""
        response = await self.send(operation, kwargs, options)
        raw = RawResponse(response, lambda r: _parse(parse, r))
        _record_raw(self._config, operation, raw)
        return raw

    async def send(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        *,
        read_body: bool = True,
    ) -> httpx.Response:
        """Send with retries and return the success response; raise the typed error.

        With `read_body=False` a success response comes back unread (for streaming downloads
        and event streams); the caller must close it. Error responses are always read.
        """
        config = self._config
        clock = config.clock
        started = clock.monotonic()
        retry_index = 0
        while True:
            request = build_request(self._http, config, operation, kwargs, options)
            sent_at = clock.monotonic()
            headers: httpx.Headers | None = None
            error: APIError
            try:
                response = await self._http.send(request, stream=True)
            except httpx.HTTPError as exc:
                error = _connection_error(exc, request)
            else:
                if not read_body and response.is_success:
                    _log_response(config, request, response, sent_at, retry_index)
                    return response
                try:
                    await response.aread()
                except httpx.HTTPError as exc:
                    await response.aclose()
                    if response.is_success:
                        raise APIConnectionError(_BILLED, request=request) from exc
                    error = _connection_error(exc, request)
                else:
                    _log_response(config, request, response, sent_at, retry_index)
                    status_failure = check_response(response)
                    if status_failure is None:
                        return response
                    await response.aclose()
                    error, headers = status_failure, response.headers
            delay = next_delay(config, operation, error, retry_index, started, headers)
            if delay is None:
                raise error
            await clock.asleep(delay)
            retry_index += 1


class RawSyncTransport:
    """Answers every request with a `RawResponse` (see `OpenRouter.with_raw_response`)."""

    __slots__ = ("_inner",)

    def __init__(self, inner: SyncTransport) -> None:
        self._inner = inner

    @property
    def config(self) -> ClientConfig:
        return self._inner.config

    def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> RawResponse[T]:
        return self._inner.request_raw(operation, kwargs, parse, options)

    def send(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        *,
        read_body: bool = True,
    ) -> httpx.Response:
        return self._inner.send(operation, kwargs, options, read_body=read_body)


class RawAsyncTransport:
    """The async twin of `RawSyncTransport`."""

    __slots__ = ("_inner",)

    def __init__(self, inner: AsyncTransport) -> None:
        self._inner = inner

    @property
    def config(self) -> ClientConfig:
        return self._inner.config

    async def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> RawResponse[T]:
        return await self._inner.request_raw(operation, kwargs, parse, options)

    async def send(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        *,
        read_body: bool = True,
    ) -> httpx.Response:
        return await self._inner.send(operation, kwargs, options, read_body=read_body)
