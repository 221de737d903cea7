"""The exception tree: every error the client raises derives from `OpenRouterError`.

`status_error(...)` maps an HTTP status (or the `error.code` of a 200 body that reports a failure)
to the matching `APIStatusError` subclass; it is pure and does no I/O. No error text shows a key,
and every error pickles (see `OpenRouterError`).

OpenRouterError
├── MissingAPIKeyError            no key configured; raised before sending
├── APIError                      message, request
│   ├── APIConnectionError        not reached, or the connection broke before a response
│   │   └── APITimeoutError       partial (streams)
│   │       ├── FirstTokenTimeoutError   no content within first_token_timeout
│   │       └── IdleTimeoutError         no data event within idle_timeout
│   ├── APIStatusError            status_code, code, message, metadata, body, response, request_id
│   │   │                         (used as is for a 3xx redirect and unlisted statuses)
│   │   ├── BadRequestError (400)
│   │   ├── AuthenticationError (401)
│   │   ├── PaymentRequiredError (402)
│   │   ├── PermissionDeniedError (403)
│   │   ├── NotFoundError (404)
│   │   ├── RequestTimeoutError (408)
│   │   ├── ConflictError (409)
│   │   ├── PayloadTooLargeError (413)
│   │   ├── UnprocessableEntityError (422)
│   │   ├── RateLimitError (429)  retry_after
│   │   └── InternalServerError (500, other 5xx)
│   │       ├── BadGatewayError (502)
│   │       ├── ServiceUnavailableError (503)
│   │       ├── ProviderTimeoutError (524)
│   │       └── ProviderOverloadedError (529)
│   ├── StreamError               an error event in a 200 stream: code, metadata, partial
│   └── IncompleteStreamError     ended without [DONE] or a finish reason: partial
├── ResponseValidationError       a body that does not fit the model: body, response
├── BudgetExceededError           spent, limit, requested, partial
├── StructuredOutputError         an answer that did not become the requested type: completion
│   ├── OutputRefusedError        the model refused, or a content filter stopped it: refusal
│   ├── OutputTruncatedError      finish_reason "length": the JSON was cut off
│   └── OutputValidationError     not JSON, or JSON that does not fit the type: content
└── ToolRoundsExceededError       `run_tools` reached max_rounds: messages, completions, cost
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple

from ._http import errors, is_request, is_response, stack_of
from ._secrets import mask, mask_data

if TYPE_CHECKING:
    from decimal import Decimal

    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "BudgetExceededError",
    "ConflictError",
    "FirstTokenTimeoutError",
    "IdleTimeoutError",
    "IncompleteStreamError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OpenRouterError",
    "OutputRefusedError",
    "OutputTruncatedError",
    "OutputValidationError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "ProviderOverloadedError",
    "ProviderTimeoutError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseValidationError",
    "ServiceUnavailableError",
    "StreamError",
    "StructuredOutputError",
    "ToolRoundsExceededError",
    "UnprocessableEntityError",
]


class OpenRouterError(Exception):
    """The root of every error raised by this library.

    Its text never shows a key: the message is masked when the error is made (the key of every
    live client, anything key-shaped), and again when it is shown, for keys configured later.
    """

    def __init__(self, message: str = "") -> None:
        super().__init__(mask(message))

    def __str__(self) -> str:
        return mask(super().__str__())

    def __repr__(self) -> str:
        return mask(super().__repr__())

    def __reduce__(self) -> tuple[Any, ...]:
        # The default would call __init__ with the message alone (keyword-only arguments make
        # that fail), and would pickle httpx objects that carry the Authorization header.
        args = tuple(mask_data(arg) for arg in self.args)
        state = {name: _pickle_safe(value) for name, value in vars(self).items()}
        return (_unpickle, (type(self), args, state))


def _pickle_safe(value: object) -> object:
    if is_response(value):
        return _ResponseData.of(value)
    if is_request(value):
        return _RequestData.of(value)
    return mask_data(value)


def _unpickle(cls: type[OpenRouterError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls, *args)
    for name, value in state.items():
        restored = value.restore() if isinstance(value, _RequestData | _ResponseData) else value
        setattr(error, name, restored)
    return error


# Dropped from pickled copies: credentials, and what no longer describes the decoded content.
_UNSAFE_HEADERS = frozenset(
    {"authorization", "x-api-key", "cookie", "set-cookie", "content-encoding", "content-length",
     "transfer-encoding"}
)  # fmt: skip


def _safe_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    return [(k, mask(v)) for k, v in headers.multi_items() if k.lower() not in _UNSAFE_HEADERS]


def _stack_named(name: str) -> ModuleType:
    """The stack a pickled request or response came from; httpx where that one is missing."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return importlib.import_module("httpx")


class _RequestData(NamedTuple):
    """What a pickled error keeps of its request: method, URL and headers, minus credentials,
    and the name of its HTTP stack."""

    method: str
    url: str
    headers: list[tuple[str, str]]
    stack: str

    @classmethod
    def of(cls, request: httpx.Request) -> _RequestData:
        stack = stack_of(request).__name__
        return cls(request.method, mask(str(request.url)), _safe_headers(request.headers), stack)

    def restore(self) -> httpx.Request:
        request: httpx.Request = _stack_named(self.stack).Request(
            self.method, self.url, headers=self.headers
        )
        return request


class _ResponseData(NamedTuple):
    """What a pickled error keeps of its response: status, headers and body, masked, and the
    name of its HTTP stack."""

    status_code: int
    headers: list[tuple[str, str]]
    content: bytes
    request: _RequestData | None
    stack: str

    @classmethod
    def of(cls, response: httpx.Response) -> _ResponseData:
        try:
            # Latin-1 maps every byte to one character, so any body (text or not) round-trips.
            content = mask(response.content.decode("latin-1")).encode("latin-1")
        except errors("ResponseNotRead"):
            content = b""
        request = _RequestData.of(response.request) if _has_request(response) else None
        headers = _safe_headers(response.headers)
        return cls(response.status_code, headers, content, request, stack_of(response).__name__)

    def restore(self) -> httpx.Response:
        request = self.request.restore() if self.request is not None else None
        response: httpx.Response = _stack_named(self.stack).Response(
            self.status_code, headers=self.headers, content=self.content, request=request
        )
        return response


class MissingAPIKeyError(OpenRouterError):
    """An operation needs a key and none is configured; raised before anything is sent."""


class APIError(OpenRouterError):
    """A request was made and did not produce a usable result."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message: str = self.args[0]
        self.request = request


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a response arrived."""


class APITimeoutError(APIConnectionError):
    """A deadline passed before the response (or the next part of a stream) arrived.

    `partial` holds what a stream had accumulated before the deadline (None otherwise).
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, partial: Any = None
    ) -> None:
        super().__init__(message, request=request)
        self.partial = partial


class FirstTokenTimeoutError(APITimeoutError):
    """No content event arrived within `first_token_timeout` (keep-alives do not count)."""


class IdleTimeoutError(APITimeoutError):
    """No data event arrived for `idle_timeout` seconds (keep-alives do not count)."""


class APIStatusError(APIError):
    """The API answered with an error: an error status, or a 200 whose body carries `error`.

    Attributes:
        status_code: the status the error stands for (for a 200 body with `error`: `error.code`).
        code: `error.code` as sent (usually the status as an int; some endpoints send a string).
        message: `error.message`.
        metadata: `error.metadata` (provider details, moderation reasons, ...), or an empty dict.
        body: the decoded JSON body, or the raw text when it was not JSON.
        response: the `httpx.Response`.
        request_id: the request or generation id the server sent, when any.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        status_code: int,
        body: object,
        code: int | str | None = None,
        metadata: Mapping[str, Any] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = status_code
        self.body = mask_data(body)
        self.code = mask_data(code)
        self.metadata: dict[str, Any] = mask_data(dict(metadata or {}))
        self.request_id = request_id


class BadRequestError(APIStatusError):
    """400: the request is malformed, or names an unknown model or parameter."""


class AuthenticationError(APIStatusError):
    """401: the key is missing, invalid, disabled or expired."""


class PaymentRequiredError(APIStatusError):
    """402: the account or the key has run out of credits."""


class PermissionDeniedError(APIStatusError):
    """403: not allowed (management-only operation, guardrail, or moderation: see `metadata`)."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or is not visible to this key)."""


class RequestTimeoutError(APIStatusError):
    """408: the server gave up waiting for the request."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: rate limited. `retry_after` holds the server's hint in seconds, when it sent one."""

    @property
    def retry_after(self) -> float | None:
        from ._retry import parse_retry_after

        return parse_retry_after(self.response.headers)


class InternalServerError(APIStatusError):
    """500 and any other 5xx status without a more specific class."""


class BadGatewayError(InternalServerError):
    """502: the provider is down or sent an invalid response."""


class ServiceUnavailableError(InternalServerError):
    """503: no provider meets the routing requirements, or the service is overloaded."""


class ProviderTimeoutError(InternalServerError):
    """524: the edge network timed out waiting for the provider."""


class ProviderOverloadedError(InternalServerError):
    """529: the provider is overloaded."""


class StreamError(APIError):
    """An error event arrived inside a 200 stream; `partial` is what was accumulated before it."""

    def __init__(
        self,
        message: str,
        *,
        code: int | str | None,
        metadata: Mapping[str, Any] | None,
        partial: Any,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.code = mask_data(code)
        self.metadata: dict[str, Any] = mask_data(dict(metadata or {}))
        self.partial = partial


class IncompleteStreamError(APIError):
    """The stream ended without `[DONE]` and without a finish reason; `partial` holds what came."""

    def __init__(self, message: str, *, partial: Any, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)
        self.partial = partial


class ResponseValidationError(OpenRouterError):
    """A success body did not fit the expected model; `body` holds the raw text."""

    def __init__(self, message: str, *, body: str, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.body: str = mask(body)
        self.response = response


class BudgetExceededError(OpenRouterError):
    """A budget refused a call before sending, or stopped a stream before the limit was passed."""

    def __init__(
        self,
        message: str,
        *,
        spent: Decimal,
        limit: Decimal,
        requested: Decimal | None = None,
        partial: Any = None,
    ) -> None:
        super().__init__(message)
        self.spent = spent
        self.limit = limit
        self.requested = requested
        self.partial = partial


class StructuredOutputError(OpenRouterError):
    """A completion asked for structured output whose answer did not become the requested type.

    `completion` is the completion as it came (a `ChatCompletion`), for logging or a retry.
    """

    def __init__(self, message: str, *, completion: Any) -> None:
        super().__init__(message)
        self.completion = completion


class OutputRefusedError(StructuredOutputError):
    """The model refused to answer (`refusal`), or a content filter stopped the answer."""

    def __init__(self, message: str, *, completion: Any, refusal: str | None) -> None:
        super().__init__(message, completion=completion)
        self.refusal = refusal


class OutputTruncatedError(StructuredOutputError):
    """The answer stopped at the token limit (`finish_reason: "length"`): the JSON is cut off."""


class OutputValidationError(StructuredOutputError):
    """The answer is not JSON, or JSON that does not fit the requested type; `content` is it."""

    def __init__(self, message: str, *, completion: Any, content: str | None) -> None:
        super().__init__(message, completion=completion)
        self.content = content


class ToolRoundsExceededError(OpenRouterError):
    """`run_tools` made `max_rounds` calls and the model still asked for tools.

    `messages` is the transcript so far (tool results included), `completions` every round's
    completion, `cost` what they cost together (USD, a `Decimal`).
    """

    def __init__(self, message: str, *, messages: Any, completions: Any, cost: Any) -> None:
        super().__init__(message)
        self.messages = messages
        self.completions = completions
        self.cost = cost


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    524: ProviderTimeoutError,
    529: ProviderOverloadedError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The exception class for an error status."""
    cls = _STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    if status >= 500:
        return InternalServerError
    return APIStatusError


def effective_status(http_status: int, code: object) -> int:
    """The status an error stands for: the HTTP status, or for a 200 body, its integer `error.code`.

    A 3xx keeps its status (a redirect the client does not follow is not a server failure). A 200
    body whose `error.code` is not an HTTP error status (a string such as `server_error`, or
    nothing) is treated as a 500: something failed upstream after the request was accepted.
    """
    if http_status >= 300:
        return http_status
    if isinstance(code, int) and not isinstance(code, bool) and 400 <= code <= 599:
        return code
    return 500


def status_error(
    response: httpx.Response, body: object, *, request_id: str | None = None
) -> APIStatusError:
    """Build the typed error for an error response (or a 200 body that carries `error`).

    `body` is the decoded JSON (any shape) or the raw text. The key never appears in the message:
    only the status, the server's message and the request id do.
    """
    error = body.get("error") if isinstance(body, dict) else None
    code: int | str | None = None
    message: str | None = None
    metadata: Mapping[str, Any] | None = None
    if isinstance(error, dict):
        raw_code = error.get("code", error.get("http_status"))
        code = raw_code if isinstance(raw_code, int | str) else None
        raw_message = error.get("message")
        message = raw_message if isinstance(raw_message, str) else None
        raw_metadata = error.get("metadata")
        metadata = raw_metadata if isinstance(raw_metadata, dict) else None
    elif isinstance(error, str):
        message = error
    if request_id is None and isinstance(body, dict) and isinstance(body.get("request_id"), str):
        request_id = body["request_id"]
    status = effective_status(response.status_code, code)
    if 300 <= status < 400:
        location = response.headers.get("location") or "no location"
        message = (
            f"the server answered with a redirect ({status} {response.reason_phrase}) to "
            f"{location}; redirects are not followed: check base_url"
        )
    if message is None:
        text = body if isinstance(body, str) else ""
        message = text[:500] or (response.reason_phrase or "error")
    suffix = f" (request id {request_id})" if request_id else ""
    cls = status_error_class(status)
    return cls(
        f"Error code: {status} - {message}{suffix}",
        response=response,
        status_code=status,
        body=body,
        code=code,
        metadata=metadata,
        request_id=request_id,
    )


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when the response has no request
    except RuntimeError:
        return False
    return True
