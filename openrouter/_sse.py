"""A Server-Sent Events decoder working on raw bytes. Pure: feed it chunks, get events back.

It follows the SSE spec: CR, LF and CRLF line ends (split anywhere across reads, including a
CRLF cut in half), multi-line `data:`, `event:`, `id:`, `retry:`, and comment lines, which come
back as keep-alive events instead of being dropped. Lines are split on bytes before decoding, so
a UTF-8 character cut across reads, or U+2028 inside JSON, is never mistaken for a line end.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["SSEDecoder", "ServerSentEvent"]


class ServerSentEvent(NamedTuple):
    """One event. Keep-alive comments have `comment` set and empty `data`.

    A named tuple: immutable, and built several times faster than a frozen dataclass (one
    is built per event).
    """

    data: str = ""
    event: str | None = None
    id: str | None = None
    retry: int | None = None
    comment: str | None = None

    @property
    def is_keepalive(self) -> bool:
        """True for a comment line such as `: OPENROUTER PROCESSING`."""
        return self.comment is not None


#: builds an event from all five fields in order: the named tuple's own `__new__` takes keywords
#: and defaults, and costs twice as much (one is built per event)
_new_event = tuple.__new__
# Line-end bytes as ints: `in` and `find` with an int skip the substring search.
_CR, _LF = 13, 10


class SSEDecoder:
    """Incremental decoder: `feed(bytes)` returns the events completed by those bytes.

    Work is linear in the bytes fed: each read is scanned once, and the unfinished end of a line
    is kept as a list of pieces that is joined once, when its line end arrives (re-joining and
    re-scanning everything pending on each read made one large event quadratic).
    """

    __slots__ = ("_data", "_event", "_id", "_pending", "_retry", "_skip_lf")

    def __init__(self) -> None:
        self._pending: list[bytes] = []  # the start of the current line, as it arrived
        self._skip_lf = False  # the last read ended with CR: an LF next completes that CRLF
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Consume `chunk`; return every event it completes (possibly none)."""
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if _CR in chunk:
            self._skip_lf = chunk[-1:] == b"\r"
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        end = len(chunk) - 2
        if (
            chunk.find(_LF) == end
            and chunk[end:] == b"\n\n"
            and chunk[:6] == b"data: "
            and not self._pending
            and not self._data
        ):  # one whole event of one `data:` line, as a server usually writes it
            data = chunk[6:end].decode("utf-8", "replace")
            fields = (data, self._event, self._id, self._retry, None)
            self._event = self._retry = None
            return [_new_event(ServerSentEvent, fields)]
        if _LF not in chunk:
            if chunk:
                self._pending.append(chunk)
            return []
        lines = chunk.split(b"\n")
        rest = lines.pop()
        if self._pending:
            self._pending.append(lines[0])
            lines[0] = b"".join(self._pending)
            self._pending = []
        if rest:
            self._pending.append(rest)
        events: list[ServerSentEvent] = []
        self._lines(lines, events)
        return events

    def _lines(self, lines: list[bytes], events: list[ServerSentEvent]) -> None:
        """Complete lines (without their line ends), in order."""
        data = self._data
        for line in lines:
            if line[:6] == b"data: ":  # most lines: handled here, without a call
                data.append(line[6:].decode("utf-8", "replace"))
            elif line:
                self._line(line, events)
            else:  # a blank line dispatches the event
                if data:
                    joined = "\n".join(data)
                    event = (joined, self._event, self._id, self._retry, None)
                    events.append(_new_event(ServerSentEvent, event))
                    self._data = data = []
                self._event = self._retry = None

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: an unterminated last line still counts; an undispatched event does not."""
        events: list[ServerSentEvent] = []
        if self._pending:
            line = b"".join(self._pending)
            self._pending = []
            self._line(line, events)
        self._data, self._event, self._id, self._retry = [], None, None, None
        self._skip_lf = False
        return events

    def _line(self, line: bytes, events: list[ServerSentEvent]) -> None:
        """A line that is neither blank nor `data: ...` (those are handled in `feed`)."""
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
