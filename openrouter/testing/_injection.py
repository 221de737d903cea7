"""The readable fault-injection API of `FakeOpenRouter` (a mixin over the core's `FaultBook`).

Every method arms a fault for the next `times` matching calls (`times=None`: every call until
`reset()`), optionally only for some operation ids (`operation="create_chat_completion"` or a
list). Faults are consumed in the order they were armed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import Any

from ._faults import (
    ErrorInBody,
    Fail,
    Fault,
    FaultBook,
    KeepalivesOnly,
    ResetBeforeHeaders,
    ResetMidBody,
    SlowChunks,
    StreamErrorAfter,
    TruncateStreamAfter,
)
from ._quirks import Drift, ErrorAfterReasoning, KeepaliveBursts, ReasoningFirst, ToolCallsOnly

__all__ = ["FaultInjection"]

Operations = str | Iterable[str] | None

_MESSAGES = {
    400: "Bad request (emulated)",
    401: "No auth credentials found",
    402: "Insufficient credits (emulated)",
    403: "Forbidden (emulated)",
    404: "Not found (emulated)",
    408: "Request timed out (emulated)",
    413: "Payload too large (emulated)",
    422: "Unprocessable entity (emulated)",
    429: "Rate limit exceeded (emulated)",
    500: "Internal server error (emulated)",
    502: "Provider returned error (emulated)",
    503: "No available provider (emulated)",
    524: "Provider timed out (emulated)",
    529: "Provider overloaded (emulated)",
}


def _message(status: int, message: str | None) -> str:
    return message if message is not None else _MESSAGES.get(status, f"Error {status} (emulated)")


class FaultInjection:
    """Fault-injection methods; the subclass answers requests and consumes the faults."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._faults = FaultBook()

    def _arm(self, fault: Fault, times: int | None, operation: Operations) -> None:
        with self._lock:
            self._faults.arm(fault, times, operation)

    @property
    def pending_faults(self) -> list[Fault]:
        """The faults still armed (in order)."""
        with self._lock:
            return self._faults.pending

    def fail_next(
        self,
        status: int = 500,
        *,
        times: int | None = 1,
        retry_after: float | None = None,
        message: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        operation: Operations = None,
    ) -> None:
        """Answer the next calls with an error status and the error envelope.

        Args:
            status: the HTTP status (and `error.code`).
            times: how many calls (None: until `reset()`).
            retry_after: seconds to send as `Retry-After`.
            message: `error.message` (a default names the status).
            metadata: `error.metadata`.
            operation: only calls of this operation id (or ids).
        """
        fault = Fail(status, _message(status, message), retry_after, dict(metadata or {}) or None)
        self._arm(fault, times, operation)

    def error_in_body_next(
        self,
        code: int = 502,
        *,
        times: int | None = 1,
        message: str | None = None,
        operation: Operations = None,
    ) -> None:
        """Answer the next calls with HTTP 200 whose body is the error envelope of `code`."""
        self._arm(ErrorInBody(code, _message(code, message)), times, operation)

    def reset_before_headers_next(
        self, *, times: int | None = 1, operation: Operations = None
    ) -> None:
        """Break the connection before any response byte (in-process: `RemoteProtocolError`)."""
        self._arm(ResetBeforeHeaders(), times, operation)

    def reset_mid_body_next(
        self, *, after_bytes: int = 16, times: int | None = 1, operation: Operations = None
    ) -> None:
        """Send headers and `after_bytes` body bytes, then break the connection.

        In-process the body stream raises `httpx.ReadError`; the loopback server aborts the
        socket (RST). The call itself completed and was billed.
        """
        self._arm(ResetMidBody(after_bytes), times, operation)

    def stream_error_after(
        self,
        chunks: int = 1,
        *,
        code: int = 502,
        message: str = "Provider returned error",
        times: int | None = 1,
        operation: Operations = None,
    ) -> None:
        """In the next chat/completions streams: `chunks` content chunks, then an error chunk.

        The error chunk has a top-level `error {code, message, metadata: {provider_name}}` and
        `choices: [{index: 0, delta: {content: ""}, finish_reason: "error"}]`; the stream then
        ends without `[DONE]`.
        """
        self._arm(StreamErrorAfter(chunks, code, message), times, operation)

    def truncate_stream_after(
        self, chunks: int = 1, *, times: int | None = 1, operation: Operations = None
    ) -> None:
        """In the next streams: `chunks` content chunks, then the end (no finish, usage, [DONE])."""
        self._arm(TruncateStreamAfter(chunks), times, operation)

    def keepalives_only_next(
        self,
        count: int = 3,
        *,
        interval: float = 0.0,
        times: int | None = 1,
        operation: Operations = None,
    ) -> None:
        """Answer the next stream requests with only `count` keep-alive comments, then the end.

        Consecutive comments are `interval` seconds apart. Non-stream requests are unaffected.
        """
        self._arm(KeepalivesOnly(count, interval), times, operation)

    def slow_chunks(
        self, delay: float = 0.05, *, times: int | None = 1, operation: Operations = None
    ) -> None:
        """Wait `delay` seconds before each chunk of the next replies (a whole body is one)."""
        self._arm(SlowChunks(delay), times, operation)

    # -- quirks of real traffic (see openrouter/testing/_quirks.py) ---------------------------
    def reasoning_first_next(
        self, words: int = 200, *, times: int | None = 1, operation: Operations = None
    ) -> None:
        """In the next chat streams: `words` words of reasoning deltas before any text."""
        self._arm(ReasoningFirst(words), times, operation)

    def tool_calls_only_next(
        self,
        name: str = "lookup",
        arguments: str = '{"query": "emulator"}',
        *,
        times: int | None = 1,
        operation: Operations = None,
    ) -> None:
        """In the next chat streams: one tool call and no text (`content: null`), finishing
        with `tool_calls`; the arguments arrive in pieces."""
        self._arm(ToolCallsOnly(name, arguments), times, operation)

    def error_after_reasoning_next(
        self,
        words: int = 50,
        *,
        code: int = 502,
        message: str = "Provider returned error",
        times: int | None = 1,
        operation: Operations = None,
    ) -> None:
        """In the next chat streams: `words` words of reasoning, then an in-band error chunk
        (like `stream_error_after`), no text and no `[DONE]`."""
        self._arm(ErrorAfterReasoning(words, code, message), times, operation)

    def keepalive_bursts_next(
        self,
        burst: int = 10,
        every: int = 1,
        *,
        times: int | None = 1,
        operation: Operations = None,
    ) -> None:
        """In the next streams: `burst` keep-alive comments before every `every`-th event."""
        self._arm(KeepaliveBursts(burst, every), times, operation)

    def drift_next(
        self,
        *,
        missing_fields: bool = True,
        null_lists: bool = True,
        unknown_variants: bool = True,
        times: int | None = 1,
        operation: Operations = None,
    ) -> None:
        """The next JSON answers and stream events drift from the schema as real providers do:
        optional fields left out (`system_fingerprint`, `native_finish_reason`, `logprobs`,
        `cost_details`, token details, ...), empty lists sent as `null` (and `tool_calls` /
        `annotations: null` in messages), and unknown variants (a `reasoning_details` item of a
        new type, a new top-level field)."""
        self._arm(Drift(missing_fields, null_lists, unknown_variants), times, operation)

    def clear_faults(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self._faults.clear()
