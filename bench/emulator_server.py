"""The loopback emulator server (`python -m openrouter.testing`): latency and connection bursts.

    .venv/bin/python bench/emulator_server.py [--requests 2000] [--burst 100]

Starts the server in its own process, then measures with a raw httpx client: wall time per
request on one kept-alive connection (GET /models/count and a non-streamed chat POST), and how
long a burst of new connections, all opened at once, takes to be answered. Prints medians; the
numbers belong in bench/RESULTS.md, never in a test.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

KEY = "sk-or-v1-fake-api-key"
CHAT = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}


def _per_request(send: Callable[[], httpx.Response], count: int) -> list[float]:
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        send().raise_for_status()
        timings.append(time.perf_counter() - start)
    return timings


def _burst(base_url: str, size: int) -> float:
    """Seconds until `size` fresh connections, opened together, all have their answer."""
    barrier = threading.Barrier(size + 1)
    errors: list[BaseException] = []

    def one() -> None:
        with httpx.Client(base_url=base_url, headers={"authorization": f"Bearer {KEY}"}) as http:
            barrier.wait()
            try:
                http.get("/models/count").raise_for_status()
            except BaseException as exc:  # reported below
                errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(size)]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return time.perf_counter() - start


@contextmanager
def _serving() -> Iterator[str]:
    """The emulator server in its own process (its CPU never counts against the client)."""
    command = [sys.executable, "-m", "openrouter.testing", "--port", "0"]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True) as server:
        announced = server.stderr.readline() if server.stderr else ""
        try:
            yield announced.split(" at ", 1)[1].strip()
        finally:
            server.terminate()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="per measure (default 2000)")
    parser.add_argument("--burst", type=int, default=100, help="new connections (default 100)")
    args = parser.parse_args()
    with _serving() as base_url:
        headers = {"authorization": f"Bearer {KEY}"}
        with httpx.Client(base_url=base_url, headers=headers) as http:
            http.get("/models/count")  # open the connection once
            for name, send in (
                ("GET /models/count", lambda: http.get("/models/count")),
                ("POST /chat/completions", lambda: http.post("/chat/completions", json=CHAT)),
            ):
                timings = _per_request(send, args.requests)
                median = statistics.median(timings) * 1e6
                p95 = statistics.quantiles(timings, n=20)[-1] * 1e6
                print(f"kept-alive {name:<24} median {median:7.0f} us   p95 {p95:7.0f} us")
        bursts = [_burst(base_url, args.burst) * 1e3 for _ in range(5)]
        median_ms, max_ms = statistics.median(bursts), max(bursts)
        print(f"burst of {args.burst} new connections: median {median_ms:.0f}, max {max_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
