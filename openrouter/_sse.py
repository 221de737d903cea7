"""A Server-Sent Events decoder working on raw bytes. Pure: feed it chunks, get events back.

It follows the SSE spec: CR, LF and CRLF line ends (split anywhere across reads, including a
CRLF cut in half), multi-line `data:`, `event:`, `id:`, `retry:`, and comment lines, which come
back as keep-alive events instead of being dropped. Lines are split on bytes before decoding, so
a UTF-8 character cut across reads, or U+2028 inside JSON, is never mistaken for a line end.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SSEDecoder", "ServerSentEvent"]


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One event. Keep-alive comments have `comment` set and empty `data`."""

    data: str = ""
    event: str | None = None
    id: str | None = None
    retry: int | None = None
    comment: str | None = None

    @property
    def is_keepalive(self) -> bool:
        """True for a comment line such as `: OPENROUTER PROCESSING`."""
        return self.comment is not None


class SSEDecoder:
    """Incremental decoder: `feed(bytes)` returns the events completed by those bytes."""

    __slots__ = ("_buffer", "_data", "_event", "_id", "_retry", "_skip_lf")

    def __init__(self) -> None:
        self._buffer = b""
        self._skip_lf = False
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Consume `chunk`; return every event it completes (possibly none)."""
        if self._skip_lf:
            self._skip_lf = False
            if chunk.startswith(b"\n"):
                chunk = chunk[1:]
        buffer = self._buffer + chunk if self._buffer else chunk
        if b"\r" in buffer:
            # A CR at the very end may be the first half of a CRLF: its LF must not count twice.
            self._skip_lf = buffer.endswith(b"\r")
            buffer = buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = buffer.split(b"\n")
        self._buffer = lines.pop()
        events: list[ServerSentEvent] = []
        for line in lines:
            self._line(line, events)
        return events

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: an unterminated last line still counts; an undispatched event does not."""
        events: list[ServerSentEvent] = []
        if self._buffer:
            line, self._buffer = self._buffer, b""
            self._line(line, events)
        self._data, self._event, self._id, self._retry = [], None, None, None
        return events

    def _line(self, line: bytes, events: list[ServerSentEvent]) -> None:
        if not line:
            if self._data:
                events.append(
                    ServerSentEvent(
                        data="\n".join(self._data),
                        event=self._event,
                        id=self._id,
                        retry=self._retry,
                    )
                )
            self._data, self._event, self._retry = [], None, None
            return
        if line[:1] == b":":
            events.append(ServerSentEvent(comment=line[1:].decode("utf-8", "replace").strip()))
            return
        name, sep, value = line.partition(b":")
        if sep and value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            self._data.append(value.decode("utf-8", "replace"))
        elif name == b"event":
            self._event = value.decode("utf-8", "replace")
        elif name == b"id":
            if b"\x00" not in value:
                self._id = value.decode("utf-8", "replace")
        elif name == b"retry" and value.isdigit():
            self._retry = int(value)
