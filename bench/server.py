"""A fast loopback HTTP/1.1 server speaking OpenRouter's shapes, for the benchmarks.

Raw asyncio protocol, keep-alive, pipelining-safe, every response precomputed as bytes, so the
server is never the bottleneck. Run it in its own process (`running_server()` does) so its CPU
time never counts against the client being measured. Routes:

- `POST /api/v1/chat/completions`: a chat completion, or (body with `"stream": true`) an SSE
  stream with chunked transfer: `: OPENROUTER PROCESSING`, a role chunk, N chunks, a finish
  chunk, a usage chunk with `"choices": []`, `data: [DONE]`. N comes from the `chunks` query
  parameter or the `X-Bench-Chunks` header (default 10,000); the kind of stream (`content`,
  the default; `reasoning`: reasoning then content; `tools`: a tool call's arguments in
  pieces; see `payloads.stream_events`) from the `kind` query parameter or the
  `X-Bench-Stream` header (400 when unknown).
- `GET /api/v1/models`: a 300-model catalogue with `total_count`.
- `GET /bench/stats`: connections accepted and open, requests served (for the runner's checks).

Listens on 127.0.0.1 only. Stops on SIGTERM/SIGINT, when its stdin closes (the runner died) or
after `--max-seconds`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import payloads

DEFAULT_CHUNKS = 10_000
MAX_CHUNKS = 1_000_000
MAX_HEAD = 64 * 1024
MAX_BODY = 16 * 1024 * 1024
_STREAM_FLAG = re.compile(rb'"stream"\s*:\s*true')
_COMMON = b"Server: bench\r\nAccess-Control-Allow-Origin: *\r\nVary: Accept-Encoding\r\n"


def _head(status: str, content_type: str, extra: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 "
        + status.encode()
        + b"\r\nContent-Type: "
        + content_type.encode()
        + b"\r\n"
        + _COMMON
        + extra
    )


def json_response(body: bytes, status: str = "200 OK", extra: bytes = b"") -> bytes:
    """A complete JSON response with Content-Length."""
    head = _head(status, "application/json", extra)
    return head + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body


def stream_response(chunks: int, kind: str = "content") -> bytes:
    """A complete SSE response: one HTTP chunk per event, as a server flushing each event."""
    extra = b"Cache-Control: no-cache\r\nX-Generation-Id: " + payloads.GENERATION_ID.encode()
    head = _head("200 OK", "text/event-stream", extra + b"\r\nTransfer-Encoding: chunked\r\n")
    parts = [head, b"\r\n"]
    for event in payloads.stream_events(chunks, kind):
        parts.append(b"%x\r\n%s\r\n" % (len(event), event))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


def _error(status: str, message: str) -> bytes:
    code = int(status.split()[0])
    return json_response(payloads._dumps({"error": {"code": code, "message": message}}), status)


class Stats:
    """Counters the runner reads through `GET /bench/stats`.

    A connection counts once it made an API request, so asking for the stats changes nothing.
    """

    def __init__(self) -> None:
        self.connections = 0
        self.open = 0
        self.requests = 0

    def body(self) -> bytes:
        return json.dumps(
            {"connections": self.connections, "open": self.open, "requests": self.requests}
        ).encode()


class Responses:
    """Precomputed responses (streams cached per chunk count)."""

    def __init__(self) -> None:
        gen = b"X-Generation-Id: " + payloads.GENERATION_ID.encode() + b"\r\n"
        self.completion = json_response(payloads.completion_body(), extra=gen)
        self.models = json_response(payloads.catalogue_body())
        self.not_found = _error("404 Not Found", "no such route on the bench server")
        self.bad_kind = _error("400 Bad Request", "unknown stream kind")
        self._streams: dict[tuple[str, int], bytes] = {}

    def stream(self, chunks: int, kind: str = "content") -> bytes:
        if kind not in payloads.STREAM_KINDS:
            return self.bad_kind
        cached = self._streams.get((kind, chunks))
        if cached is None:
            if len(self._streams) >= 16:
                self._streams.clear()
            cached = self._streams[kind, chunks] = stream_response(chunks, kind)
        return cached


class BenchProtocol(asyncio.Protocol):
    """One connection: parse requests from the buffer, answer each with precomputed bytes."""

    def __init__(self, responses: Responses, stats: Stats) -> None:
        self.responses = responses
        self.stats = stats
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.counted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        if self.counted:
            self.stats.open -= 1
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self.transport is not None:  # one request per pass; stops when the buffer runs dry
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > MAX_HEAD:
                    self._fail("431 Request Header Fields Too Large", "headers too large")
                return
            lines = bytes(self.buffer[:end]).split(b"\r\n")
            try:
                method, target, _version = lines[0].split(b" ", 2)
            except ValueError:
                self._fail("400 Bad Request", "bad request line")
                return
            headers: dict[bytes, bytes] = {}
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            if b"chunked" in headers.get(b"transfer-encoding", b"").lower():
                self._fail("501 Not Implemented", "chunked request bodies are not supported")
                return
            length = int(headers.get(b"content-length", b"0") or 0)
            if length > MAX_BODY:
                self._fail("413 Payload Too Large", "body too large")
                return
            total = end + 4 + length
            if len(self.buffer) < total:
                return
            body = bytes(self.buffer[end + 4 : total])
            del self.buffer[:total]
            self.transport.write(self._answer(method, target.decode("latin-1"), headers, body))
            if headers.get(b"connection", b"").lower() == b"close":
                self.transport.close()
                return

    def _answer(
        self, method: bytes, target: str, headers: dict[bytes, bytes], body: bytes
    ) -> bytes:
        path, _, query = target.partition("?")
        if path == "/bench/stats":
            return json_response(self.stats.body())
        if not self.counted:
            self.counted = True
            self.stats.connections += 1
            self.stats.open += 1
        self.stats.requests += 1
        if path == "/api/v1/chat/completions" and method == b"POST":
            if _STREAM_FLAG.search(body):
                return self.responses.stream(_chunk_count(query, headers), _kind(query, headers))
            return self.responses.completion
        if path == "/api/v1/models" and method == b"GET":
            return self.responses.models
        return self.responses.not_found

    def _fail(self, status: str, message: str) -> None:
        if self.transport is not None:
            self.transport.write(_error(status, message))
            self.transport.close()


def _chunk_count(query: str, headers: dict[bytes, bytes]) -> int:
    raw = parse_qs(query).get("chunks", [None])[0] or headers.get(b"x-bench-chunks", b"").decode()
    try:
        value = int(raw) if raw else DEFAULT_CHUNKS
    except ValueError:
        value = DEFAULT_CHUNKS
    return max(0, min(value, MAX_CHUNKS))


def _kind(query: str, headers: dict[bytes, bytes]) -> str:
    raw = parse_qs(query).get("kind", [None])[0] or headers.get(b"x-bench-stream", b"").decode()
    return raw or "content"


def _watch_stdin(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Stop when stdin reaches EOF: the parent closed it or died."""
    with contextlib.suppress(OSError, ValueError):
        while sys.stdin.buffer.read(4096):
            pass
    loop.call_soon_threadsafe(stop.set)


async def serve(port: int, max_seconds: float, watch_stdin: bool) -> None:
    """Listen on 127.0.0.1:`port` (0: any free port), print `READY <port>`, serve until stopped."""
    loop = asyncio.get_running_loop()
    responses, stats = Responses(), Stats()
    responses.stream(DEFAULT_CHUNKS)  # build the default stream before announcing readiness
    server = await loop.create_server(
        lambda: BenchProtocol(responses, stats), "127.0.0.1", port, backlog=1024
    )
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    if watch_stdin:
        threading.Thread(target=_watch_stdin, args=(loop, stop), daemon=True).start()
    bound = server.sockets[0].getsockname()[1]
    print(f"READY {bound}", flush=True)
    async with server:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=max_seconds)


@contextlib.contextmanager
def running_server(cpu: int | None = None, max_seconds: float = 3600.0) -> Iterator[str]:
    """Start the server in a child process; yield its base URL (`http://127.0.0.1:<port>`)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--port", "0"]
    command += ["--max-seconds", str(max_seconds), "--watch-stdin"]
    if cpu is not None:
        command += ["--cpu", str(cpu)]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 30.0)
        line = proc.stdout.readline() if ready else ""
        if not line.startswith("READY "):
            raise RuntimeError(f"bench server did not start (said {line!r})")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this CPU")
    parser.add_argument("--max-seconds", type=float, default=3600.0)
    parser.add_argument("--watch-stdin", action="store_true", help="stop when stdin closes")
    args = parser.parse_args()
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    asyncio.run(serve(args.port, args.max_seconds, args.watch_stdin))


if __name__ == "__main__":
    main()
