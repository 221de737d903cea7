"""The emulator's pure data: a request in, a reply description out, and SSE framing helpers.

A `Reply` says what to send (status, headers, body) without sending it; the adapters (httpx
transports and the socket server) turn it into bytes on a wire, honouring per-chunk delays and
the reset markers that fault injection adds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "DONE",
    "KEEPALIVE",
    "SECRET_HEADERS",
    "Chunk",
    "FakeRequest",
    "Reply",
    "dumps",
    "error_body",
    "error_reply",
    "json_reply",
    "sse_data",
    "sse_event",
    "stream_reply",
]

#: The keep-alive comment OpenRouter sends while a model has not produced anything yet.
KEEPALIVE = b": OPENROUTER PROCESSING\n\n"
#: The terminator of chat, completions and responses streams.
DONE = b"data: [DONE]\n\n"
#: Request headers that carry credentials (lower-case): masked in the log, never recorded.
SECRET_HEADERS = ("authorization", "x-api-key", "cookie")


def dumps(value: Any) -> bytes:
    """Compact JSON, as the API sends it."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True, slots=True)
class FakeRequest:
    """One request as the emulator core sees it (no transport objects involved).

    Attributes:
        method: the HTTP method, upper case.
        target: the path with its query string, for example `/api/v1/generation?id=gen-1`.
        headers: header names lower-cased.
        body: the raw request body.
    """

    method: str
    target: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def path(self) -> str:
        """The path without the query string."""
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        """The query parameters (the first value of each name)."""
        params: dict[str, str] = {}
        for name, value in parse_qsl(urlsplit(self.target).query, keep_blank_values=True):
            params.setdefault(name, value)
        return params

    def json(self) -> Any:
        """The body decoded as JSON, or None when it is empty or not JSON."""
        if not self.body or "json" not in self.headers.get("content-type", "json"):
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a streamed body.

    Attributes:
        data: the bytes to send (may be empty).
        delay: seconds to wait before sending it.
        reset: after sending `data`, break the connection instead of continuing.
        kind: what the piece is (`keepalive`, `role`, `content`, `finish`, `usage`, `done`,
            `event`, `error` or `body`); fault injection cuts streams by kind.
    """

    data: bytes
    delay: float = 0.0
    reset: bool = False
    kind: str = "body"


@dataclass(frozen=True, slots=True)
class Reply:
    """What to answer: status, headers and a body of bytes or of chunks.

    Attributes:
        status: the HTTP status.
        headers: response headers (names as sent).
        body: the whole body, or the chunks of a streamed body.
        reset_before_headers: break the connection without sending anything at all.
        meta: facts about a generated stream (id, model, provider, created, object) that fault
            injection needs to write an in-band error chunk.
    """

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | tuple[Chunk, ...] = b""
    reset_before_headers: bool = False
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def streamed(self) -> bool:
        """Whether the body is a sequence of chunks (sent with chunked transfer encoding)."""
        return not isinstance(self.body, bytes)

    def chunks(self) -> tuple[Chunk, ...]:
        """The body as chunks (a bytes body is one chunk)."""
        if isinstance(self.body, bytes):
            return (Chunk(self.body),) if self.body else ()
        return self.body

    def content(self) -> bytes:
        """The whole body as bytes, whatever its form."""
        if isinstance(self.body, bytes):
            return self.body
        return b"".join(chunk.data for chunk in self.body)

    def header(self, name: str) -> str | None:
        """The first value of a header, by case-insensitive name."""
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)


def json_reply(status: int, body: Any, *headers: tuple[str, str]) -> Reply:
    """A JSON reply with `Content-Type` and `Content-Length`."""
    data = dumps(body)
    return Reply(
        status,
        (("content-type", "application/json"), ("content-length", str(len(data))), *headers),
        data,
    )


def error_body(status: int, message: str, metadata: Mapping[str, Any] | None = None) -> Any:
    """OpenRouter's error envelope: `{"error": {"code", "message", "metadata"?}}`."""
    error: dict[str, Any] = {"code": status, "message": message}
    if metadata:
        error["metadata"] = dict(metadata)
    return {"error": error}


def error_reply(
    status: int,
    message: str,
    *headers: tuple[str, str],
    metadata: Mapping[str, Any] | None = None,
) -> Reply:
    """An error status with the error envelope as its body."""
    return json_reply(status, error_body(status, message, metadata), *headers)


def sse_data(value: Any) -> bytes:
    """One `data:` event carrying JSON."""
    return b"data: " + dumps(value) + b"\n\n"


def sse_event(name: str, value: Any) -> bytes:
    """One named event (`event: <name>` then `data: <json>`), as the Messages API streams."""
    return b"event: " + name.encode("ascii") + b"\ndata: " + dumps(value) + b"\n\n"


def stream_reply(
    chunks: tuple[Chunk, ...], *headers: tuple[str, str], meta: Mapping[str, Any] | None = None
) -> Reply:
    """A 200 `text/event-stream` reply."""
    return Reply(
        200,
        (("content-type", "text/event-stream"), ("cache-control", "no-cache"), *headers),
        chunks,
        meta=dict(meta or {}),
    )
