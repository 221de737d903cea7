"""How one attempt of a call becomes an HTTP request of the client's stack.

`RequestBuilder.build` gives exactly the request `http.build_request(...)` would give (the
client's headers and ours merged, the JSON body encoded as httpx encodes it, the timeout in
`extensions`), built for less: a chat call is a JSON POST to one of a few URLs, so the merged
headers (`Host`, `Content-Type` included) and the parsed URL are made once and copied per
request; only `Content-Length` is set each time. Requests the shortcut does not cover
(per-call `extra_headers`, as every stream has, a query string, a form, files, raw content, a
client with its own cookies or query parameters) go through `http.build_request`, which has the
last word on all of them. The templates are remade when the client's own headers change.

`request_bodies` and `split_options` are the pure steps before it: which body is sent and which
keyword arguments are per-call options.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from openrouter_api.api import Operation, RequestOptions

from ._config import ClientConfig, check_headers, resolve_timeout
from ._errors import MissingAPIKeyError
from ._http import stack_of
from ._types import NotGiven

if TYPE_CHECKING:
    import httpx

__all__ = ["RequestBuilder", "build_request", "request_bodies", "split_options"]

_NO_KEY = (
    "No OpenRouter API key is configured: pass api_key=... to the client or set the "
    "OPENROUTER_API_KEY environment variable."
)


def _url(config: ClientConfig, path: str) -> str:
    if path.startswith("/api/"):
        # Served outside the versioned base (for example /api/alpha/decisions): keep the origin.
        return config.origin + path
    return config.base_url.rstrip("/") + path


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


def split_options(params: Mapping[str, Any]) -> RequestOptions:
    """The per-call options among a call's keyword arguments (`NOT_GIVEN` timeout means default)."""
    options: RequestOptions = {}
    check_headers("extra_headers", params.get("extra_headers") or {})
    for name in ("extra_headers", "extra_query", "extra_body"):
        value = params.get(name)
        if value is not None:
            options[name] = value
    if "timeout" in params and not isinstance(params["timeout"], NotGiven):
        options["timeout"] = params["timeout"]
    return options


def _require_key(config: ClientConfig, operation: Operation) -> None:
    if operation.requires_auth and not config.api_key:
        raise MissingAPIKeyError(_NO_KEY)


def _headers(
    config: ClientConfig, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions
) -> dict[str, str]:
    """Our headers for one request: attribution, the key, the operation's, the call's."""
    _require_key(config, operation)
    headers: dict[str, str] = dict(config.headers)
    if operation.requires_auth and config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    headers.update(kwargs.get("headers") or {})
    extra_headers = options.get("extra_headers") or {}
    check_headers("extra_headers", extra_headers)  # every operation, generated ones included
    headers.update(extra_headers)
    return headers


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    config: ClientConfig,
    operation: Operation,
    kwargs: Mapping[str, Any],
    options: RequestOptions,
) -> httpx.Request:
    """Turn a generated operation's request kwargs plus per-call options into a request, the
    general way: `http.build_request` with everything merged."""
    headers = _headers(config, operation, kwargs, options)
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


_MOST_TEMPLATES = 32  # an operation's headers may vary per call (a session id): stay bounded


class RequestBuilder:
    """Builds the requests of one client (see the module docstring); not shared across clients."""

    __slots__ = ("_client_headers", "_config", "_http", "_stack", "_templates")

    def __init__(self, config: ClientConfig, http: httpx.Client | httpx.AsyncClient) -> None:
        self._config = config
        self._http = http
        self._stack = stack_of(http)
        self._client_headers: list[tuple[bytes, bytes]] | None = None
        # (method, path, has a JSON body, sends the key, the operation's headers) -> (the parsed
        # URL, the headers all such requests have)
        self._templates: dict[tuple[Any, ...], tuple[httpx.URL, httpx.Headers]] = {}

    def build(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions
    ) -> httpx.Request:
        """The request of one attempt: the shortcut when it applies, `build_request` otherwise."""
        http, config = self._http, self._config
        if (
            kwargs.get("params")
            or options.get("extra_query")
            or options.get("extra_headers")
            or kwargs.get("data") is not None
            or kwargs.get("files") is not None
            or kwargs.get("content") is not None
            or http.cookies
            or http.params
        ):
            return build_request(http, config, operation, kwargs, options)
        _require_key(config, operation)
        json_body, _ = request_bodies(kwargs, options)
        method = str(kwargs["method"]).upper()
        url, headers = self._template(method, kwargs, operation, json_body)
        stack = self._stack
        if json_body is None:
            stream = stack.ByteStream(b"")
        else:
            body = json.dumps(
                json_body, ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode("utf-8")
            stream = stack.ByteStream(body)
        timeouts = resolve_timeout(options["timeout"]) if "timeout" in options else config.timeout
        extensions = {"timeout": timeouts.as_extension()}
        request: httpx.Request = stack.Request(
            method, url, headers=headers, stream=stream, extensions=extensions
        )
        if json_body is not None:
            request.headers["Content-Length"] = str(len(body))
        request.read()
        return request

    def _template(
        self, method: str, kwargs: Mapping[str, Any], operation: Operation, json_body: Any
    ) -> tuple[httpx.URL, httpx.Headers]:
        """The parsed URL and the headers shared by every request of this kind, made once."""
        client_headers = self._http.headers.raw
        templates = self._templates
        if client_headers != self._client_headers or len(templates) >= _MOST_TEMPLATES:
            templates.clear()  # the client's own headers were changed, or too many kinds
            self._client_headers = client_headers
        path = str(kwargs["url"])
        own = kwargs.get("headers") or {}
        key = (method, path, json_body is not None, operation.requires_auth, tuple(own.items()))
        found = templates.get(key)
        if found is None:
            # `http.build_request` decides every header: the client's merged with ours, `Host`,
            # and the content headers of a JSON body; only `Content-Length` varies, set in place.
            shape = {"method": method, "url": path, "headers": own}
            if json_body is not None:
                shape["json"] = {}
            probe = build_request(self._http, self._config, operation, shape, {})
            found = templates[key] = (probe.url, probe.headers)
        return found
