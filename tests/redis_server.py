"""A throwaway redis-server for the tests: on a free loopback port, no persistence, stopped after.

CI installs redis-server (`.ci/run`); a machine without it fails the Redis tests with the command
that installs it, never skips them.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

INSTALL_HINT = (
    "redis-server is needed by the shared-budget tests and was not found on PATH: "
    "install it (Debian/Ubuntu: `apt-get install -y redis-server`, macOS: `brew install redis`)"
)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def running_redis() -> Iterator[str]:
    """Start redis-server, yield its URL, stop it. Raises RuntimeError when it cannot start."""
    executable = shutil.which("redis-server")
    if executable is None:
        raise RuntimeError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="redis-test-") as workdir:
        for _ in range(3):  # another process may take the free port before the server does
            port = _free_port()
            server = subprocess.Popen(
                [
                    executable,
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    workdir,
                    "--daemonize",
                    "no",
                    "--loglevel",
                    "warning",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            deadline = time.monotonic() + 10
            while server.poll() is None and time.monotonic() < deadline:
                if _answers_ping(port):
                    break
                time.sleep(0.02)
            if server.poll() is None and _answers_ping(port):
                break
            server.kill()
            output = server.communicate()[0].decode(errors="replace")
        else:
            raise RuntimeError(f"redis-server did not start:\n{output}")
        try:
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            server.terminate()
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            if server.stdout is not None:
                server.stdout.close()
