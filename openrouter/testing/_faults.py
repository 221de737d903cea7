"""Fault injection: armed faults that replace or reshape the next matching replies.

A fault applies to the next `times` calls that match it (optionally only some operation ids;
`times=None` means every call until `reset()`). "Before" faults answer instead of the handler
(nothing is generated or billed); "after" faults reshape the handler's reply (the call happened
and was billed, like a connection that breaks after the provider finished).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ._wire import (
    KEEPALIVE,
    Chunk,
    Reply,
    error_body,
    error_reply,
    json_reply,
    sse_data,
    stream_reply,
)

__all__ = [
    "ErrorInBody",
    "Fail",
    "Fault",
    "FaultBook",
    "KeepalivesOnly",
    "ResetBeforeHeaders",
    "ResetMidBody",
    "SlowChunks",
    "StreamErrorAfter",
    "TruncateStreamAfter",
    "stream_error_chunk",
]

_IN_BAND_ERRORS = ("chat.completion.chunk", "text_completion")
_CONTENT = ("content",)


class Fault:
    """Base class: `before` faults replace the reply, the others transform it."""

    before = False
    streams_only = False

    def applies_to(self, reply: Reply) -> bool:
        """Whether an "after" fault can reshape this reply."""
        return True

    def substitute(self) -> Reply:
        """The reply a "before" fault sends instead of handling the call."""
        raise NotImplementedError

    def transform(self, reply: Reply) -> Reply:
        """The reshaped reply of an "after" fault."""
        raise NotImplementedError


@dataclass(frozen=True)
class Fail(Fault):
    """An error status with the error envelope (and `Retry-After` when given)."""

    status: int
    message: str
    retry_after: float | None = None
    metadata: dict[str, Any] | None = None
    before = True

    def substitute(self) -> Reply:
        headers: tuple[tuple[str, str], ...] = ()
        if self.retry_after is not None:
            headers = (("retry-after", f"{self.retry_after:g}"),)
        return error_reply(self.status, self.message, *headers, metadata=self.metadata)


@dataclass(frozen=True)
class ErrorInBody(Fault):
    """HTTP 200 whose body is the error envelope."""

    code: int
    message: str
    before = True

    def substitute(self) -> Reply:
        return json_reply(200, error_body(self.code, self.message))


@dataclass(frozen=True)
class ResetBeforeHeaders(Fault):
    """The connection breaks before any response byte."""

    before = True

    def substitute(self) -> Reply:
        return Reply(0, reset_before_headers=True)


@dataclass(frozen=True)
class KeepalivesOnly(Fault):
    """A stream of nothing but keep-alive comments, `interval` seconds apart, then its end."""

    count: int
    interval: float
    before = True
    streams_only = True

    def substitute(self) -> Reply:
        chunks = tuple(
            Chunk(KEEPALIVE, delay=self.interval if i else 0.0, kind="keepalive")
            for i in range(self.count)
        )
        return stream_reply(chunks)


@dataclass(frozen=True)
class ResetMidBody(Fault):
    """Headers and the first `after_bytes` body bytes arrive, then the connection breaks."""

    after_bytes: int

    def transform(self, reply: Reply) -> Reply:
        kept: list[Chunk] = []
        budget = max(0, self.after_bytes)
        for chunk in reply.chunks():
            if len(chunk.data) >= budget:
                kept.append(replace(chunk, data=chunk.data[:budget], reset=True))
                break
            kept.append(chunk)
            budget -= len(chunk.data)
        else:
            kept.append(Chunk(b"", reset=True))
        headers = tuple((k, v) for k, v in reply.headers if k.lower() != "content-length")
        if not reply.streamed:
            # Announce the whole length, so the client knows the body was cut short.
            headers += (("content-length", str(len(reply.content()))),)
        return replace(reply, headers=headers, body=tuple(kept))


def _cut(reply: Reply, chunks: int) -> list[Chunk]:
    kept: list[Chunk] = []
    seen = 0
    for chunk in reply.chunks():
        if chunk.kind in _CONTENT:
            if seen >= chunks:
                break
            seen += 1
        elif chunk.kind not in ("keepalive", "role", "event"):
            break
        kept.append(chunk)
    return kept


@dataclass(frozen=True)
class StreamErrorAfter(Fault):
    """K content chunks, then a chunk with a top-level `error` and `finish_reason: "error"`."""

    chunks: int
    code: int
    message: str

    def applies_to(self, reply: Reply) -> bool:
        return reply.streamed and reply.meta.get("object") in _IN_BAND_ERRORS

    def transform(self, reply: Reply) -> Reply:
        error = stream_error_chunk(reply.meta, self.code, self.message)
        return replace(reply, body=(*_cut(reply, self.chunks), error))


def stream_error_chunk(meta: Mapping[str, Any], code: int, message: str) -> Chunk:
    """The in-band error event of a chat or text-completion stream (`finish_reason: "error"`)."""
    error = error_body(code, message, {"provider_name": meta.get("provider")})
    if meta.get("object") == "text_completion":
        choice: dict[str, Any] = {"index": 0, "text": "", "finish_reason": "error"}
    else:
        choice = {"index": 0, "delta": {"content": ""}, "finish_reason": "error"}
    return Chunk(sse_data({**meta, **error, "choices": [choice]}), kind="error")


@dataclass(frozen=True)
class TruncateStreamAfter(Fault):
    """K content chunks, then the stream just ends: no finish chunk, no usage, no [DONE]."""

    chunks: int

    def applies_to(self, reply: Reply) -> bool:
        return reply.streamed

    def transform(self, reply: Reply) -> Reply:
        return replace(reply, body=tuple(_cut(reply, self.chunks)))


@dataclass(frozen=True)
class SlowChunks(Fault):
    """Wait `delay` seconds before every chunk (a whole body counts as one chunk)."""

    delay: float

    def transform(self, reply: Reply) -> Reply:
        slowed = tuple(replace(c, delay=c.delay + self.delay) for c in reply.chunks())
        return replace(reply, body=slowed or (Chunk(b"", delay=self.delay),))


@dataclass
class _Armed:
    fault: Fault
    remaining: int | None
    operations: frozenset[str] | None

    def matches(self, operation_id: str) -> bool:
        return self.operations is None or operation_id in self.operations


class FaultBook:
    """The armed faults, consumed in the order they were armed."""

    def __init__(self) -> None:
        self._armed: list[_Armed] = []

    def arm(self, fault: Fault, times: int | None, operations: str | Iterable[str] | None) -> None:
        """Arm `fault` for the next `times` matching calls (None: until cleared)."""
        if times is not None and times < 1:
            raise ValueError(f"times must be at least 1 or None, got {times}")
        ids = None
        if operations is not None:
            ids = frozenset([operations] if isinstance(operations, str) else operations)
        self._armed.append(_Armed(fault, times, ids))

    def clear(self) -> None:
        """Disarm everything."""
        self._armed.clear()

    @property
    def pending(self) -> list[Fault]:
        """The faults still armed."""
        return [armed.fault for armed in self._armed]

    def _use(self, armed: _Armed) -> None:
        if armed.remaining is not None:
            armed.remaining -= 1
            if armed.remaining <= 0:
                self._armed.remove(armed)

    def before(self, operation_id: str, streaming: bool) -> Reply | None:
        """The reply of the first armed "before" fault matching this call, if any."""
        for armed in list(self._armed):
            fault = armed.fault
            if not fault.before or not armed.matches(operation_id):
                continue
            if fault.streams_only and not streaming:
                continue
            self._use(armed)
            return fault.substitute()
        return None

    def after(self, operation_id: str, reply: Reply) -> Reply:
        """The reply reshaped by every armed "after" fault that matches it."""
        for armed in list(self._armed):
            fault = armed.fault
            if fault.before or not armed.matches(operation_id) or not fault.applies_to(reply):
                continue
            self._use(armed)
            reply = fault.transform(reply)
        return reply
