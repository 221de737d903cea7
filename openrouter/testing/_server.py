"""The loopback server: the same emulator over real sockets (HTTP/1.1, keep-alive, chunked SSE).

Faults are real here: a reset before headers closes the socket without answering, a reset
mid-body aborts the connection (SO_LINGER 0, so the peer sees a RST) after some bytes, and
delays really sleep between flushed chunks. Only loopback addresses are served.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._core import Emulator
from ._wire import FakeRequest, Reply

__all__ = ["check_loopback", "make_server", "run_server"]


def check_loopback(host: str) -> None:
    """Refuse (ValueError) any host that is not a loopback address."""
    if host == "localhost":
        return
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        raise ValueError(f"refusing to serve on {host!r}: not a loopback address") from None
    if not address.is_loopback:
        raise ValueError(f"refusing to serve on {host!r}: not a loopback address")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: with Nagle on, the body waits for the
    # client's delayed ACK (about 40 ms per request on a kept-alive connection).
    disable_nagle_algorithm = True
    server: EmulatorServer

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _read_body(self) -> bytes:
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            parts: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _abort(self) -> None:
        """Break the connection with a RST: linger 0, then drop our references to the socket."""
        self.close_connection = True
        with suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # `wfile` stays open: the base class flushes it after the handler returns. Closing the
        # reader and the socket drops the last reference, so the RST goes out now.
        for handle in (self.rfile, self.connection):
            with suppress(OSError):
                handle.close()

    def _serve(self) -> None:
        body = self._read_body()
        headers = {name.lower(): value for name, value in self.headers.items()}
        reply = self.server.fake.respond(FakeRequest(self.command, self.path, headers, body))
        if reply.reset_before_headers:
            self.close_connection = True  # close without answering: the client sees EOF
            return
        try:
            self._send(reply)
        except OSError:  # the client went away mid-body
            self.close_connection = True

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        sized = reply.header("content-length") is not None
        for name, value in reply.headers:
            self.send_header(name, value)
        if not sized and not reply.streamed:
            self.send_header("content-length", str(len(reply.content())))
            sized = True
        if not sized:
            self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        for chunk in reply.chunks():
            if chunk.delay > 0:
                time.sleep(chunk.delay)
            if chunk.data:
                framed = chunk.data if sized else b"%x\r\n%s\r\n" % (len(chunk.data), chunk.data)
                self.wfile.write(framed)
                self.wfile.flush()
            if chunk.reset:
                self._abort()
                return
        if not sized:
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve


class EmulatorServer(ThreadingHTTPServer):
    """A threaded HTTP server in front of an emulator; tracks connections to close them on stop.

    One thread per connection; the listen backlog takes bursts of new connections (the standard
    library's default of 5 makes a burst of 20 wait for SYN retries).
    """

    daemon_threads = True
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], fake: Emulator, *, verbose: bool = False) -> None:
        self.fake = fake
        self.verbose = verbose
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        connection, address = super().get_request()
        with self._open_lock:
            self._open.add(connection)
        return connection, address

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up mid-stream are normal here; anything else is worth a traceback.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def close_connections(self) -> None:
        """Wake handler threads blocked on idle keep-alive connections so they can finish."""
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            with suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    @property
    def base_url(self) -> str:
        """The base URL clients use (`http://127.0.0.1:<port>/api/v1`)."""
        host, port = str(self.server_address[0]), self.server_address[1]
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/api/v1"


class _EmulatorServer6(EmulatorServer):
    address_family = socket.AF_INET6


def make_server(
    fake: Emulator, host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False
) -> EmulatorServer:
    """A bound (not yet serving) server for `fake` on a loopback address."""
    check_loopback(host)
    bare = host.strip("[]")
    cls = _EmulatorServer6 if ":" in bare else EmulatorServer
    return cls((bare, port), fake, verbose=verbose)


@contextmanager
def run_server(
    fake: Emulator | None = None, host: str = "127.0.0.1", port: int = 0
) -> Iterator[str]:
    """Serve `fake` (a new `FakeOpenRouter` by default) in a background thread.

    Yields the base URL to give the client (`http://127.0.0.1:<port>/api/v1`); port 0 picks a
    free port. On exit the server stops and its connections are closed.
    """
    if fake is None:
        from ._fake import FakeOpenRouter

        fake = FakeOpenRouter()
    server = make_server(fake, host, port)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server.base_url
    finally:
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join()
