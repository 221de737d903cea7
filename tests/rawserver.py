"""A raw-socket loopback server for fault tests: every byte, pause and reset is scripted.

Each accepted connection reads one whole request (headers and `Content-Length` body), records it,
and plays the next script: a list of steps, each bytes to send, a pause in seconds, `RESET`
(abort with RST), `CLOSE` or `HANG` (keep silent until the test ends). The last script repeats.
Only 127.0.0.1 is ever used.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

RESET = "reset"
CLOSE = "close"
HANG = "hang"


@dataclass(frozen=True)
class Gate:
    """Wait until the test opens `event`; if it does not within `timeout` s, reset instead."""

    event: threading.Event
    timeout: float = 5.0


Step = bytes | float | str | Gate
Script = Sequence[Step]


@dataclass
class Received:
    """One request the server read completely."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class RawServer:
    scripts: list[Script]
    routes: dict[str, Script] = field(default_factory=dict)
    requests: list[Received] = field(default_factory=list)
    port: int = 0
    gates_missed: int = 0  # gates the test did not open in time
    connections: int = 0  # TCP connections accepted
    stop: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def posts(self, path: str = "/api/v1/chat/completions") -> int:
        """How many complete requests to `path` arrived."""
        return sum(1 for r in self.requests if r.path == path)


def _read_request(conn: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return None
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        piece = conn.recv(65536)
        if not piece:
            return None
        body += piece
    return Received(method, path, headers, body)


def _play(server: RawServer, conn: socket.socket, script: Script) -> None:
    for step in script:
        if isinstance(step, bytes):
            conn.sendall(step)
        elif isinstance(step, float | int):
            if server.stop.wait(float(step)):
                return
        elif isinstance(step, Gate):
            if not step.event.wait(step.timeout):
                server.gates_missed += 1
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
        elif step == RESET:
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        elif step == CLOSE:
            return
        elif step == HANG:
            server.stop.wait(30)
            return


def _serve_connection(server: RawServer, conn: socket.socket) -> None:
    with conn:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while not server.stop.is_set():
                request = _read_request(conn)
                if request is None:
                    return
                server.requests.append(request)
                script = server.routes.get(request.path.split("?")[0])
                if script is None:
                    served = [
                        r for r in server.requests if r.path.split("?")[0] not in server.routes
                    ]
                    script = server.scripts[min(len(served), len(server.scripts)) - 1]
                _play(server, conn, script)
                if script and script[-1] in (RESET, CLOSE, HANG):
                    return
        except OSError:
            return


@contextmanager
def raw_server(*scripts: Script, routes: dict[str, Script] | None = None) -> Iterator[RawServer]:
    """Serve the scripts on 127.0.0.1 (request n plays script n; the last one repeats).

    `routes` maps a path (such as "/api/v1/models") to the script every request to it plays.
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.1)
    server = RawServer(list(scripts), dict(routes or {}), port=listener.getsockname()[1])

    def accept() -> None:
        while not server.stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            server.connections += 1
            threading.Thread(target=_serve_connection, args=(server, conn), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        thread.join(timeout=5)
        listener.close()


def head(status: int = 200, content_type: str = "text/event-stream", **extra: str) -> bytes:
    """Response headers for a chunk-less body that ends when the connection closes."""
    lines = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in extra.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def json_response(status: int, body: Any, **extra: str) -> bytes:
    """A whole JSON response with a Content-Length (the connection stays usable)."""
    payload = json.dumps(body).encode()
    lines = [
        f"HTTP/1.1 {status} X",
        "Content-Type: application/json",
        f"Content-Length: {len(payload)}",
    ]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in extra.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + payload


def event(data: Any) -> bytes:
    """One SSE data event."""
    text = data if isinstance(data, str) else json.dumps(data)
    return f"data: {text}\n\n".encode()


def delta(**fields: Any) -> bytes:
    """A chat chunk event carrying one delta."""
    return event(
        {
            "id": "gen-1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": fields, "finish_reason": None}],
        }
    )


def finish(cost: float | None = None) -> bytes:
    """The finishing chunk, with usage (and cost) when given, then [DONE]."""
    chunk: dict[str, Any] = {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
    }
    if cost is not None:
        chunk["usage"] = {
            "prompt_tokens": 1,
            "completion_tokens": 1,
            "total_tokens": 2,
            "cost": cost,
        }
    return event(chunk) + event("[DONE]")


def error_event(code: int = 502, message: str = "provider failed") -> bytes:
    return event({"error": {"code": code, "message": message}})


def chunked_head(status: int = 200, content_type: str = "text/event-stream") -> bytes:
    """Response headers for a chunked body on a connection that stays open (keep-alive)."""
    lines = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}", "Transfer-Encoding: chunked"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def chunk(data: bytes) -> bytes:
    """One HTTP/1.1 chunk of a chunked body."""
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


LAST_CHUNK = b"0\r\n\r\n"  # ends a chunked body; the connection stays usable


def named_event(name: str, data: Any) -> bytes:
    """One SSE event with an `event:` name (the /messages and /responses streams)."""
    text = data if isinstance(data, str) else json.dumps(data)
    return f"event: {name}\ndata: {text}\n\n".encode()
