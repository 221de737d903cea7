"""A tiny loopback HTTP/1.1 server for tests that need real sockets: it counts connections."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar

Body = Callable[[], Iterator[bytes]]
S = TypeVar("S", bound=ThreadingHTTPServer)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    connections = 0
    body: Body


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.connections += 1

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", 0))
        self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for part in self.server.body():
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


@contextmanager
def running(server: S) -> Iterator[S]:
    """Serve requests on `server` from a background thread until the block exits."""
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def serve(body: Body) -> AbstractContextManager[_Server]:
    """Serve `body()` as a chunked SSE response to every POST, on 127.0.0.1 and a free port."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.body = body
    return running(server)


def base_url(server: _Server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/api/v1"


def slow(parts: list[bytes], delay: float) -> Body:
    def body() -> Iterator[bytes]:
        for part in parts:
            yield part
            time.sleep(delay)

    return body
