"""Workloads that need a fresh process, run by `run.py` as `python bench/child.py TASK ...`.

- `cold CLIENT BASE`: import the client, create it, make one chat call (the parent times the
  whole process).
- `stream-rss CLIENT MODE BASE CHUNKS`: read one big stream to the end, report peak RSS
  (`VmHWM`).
- `soak CLIENT MODE BASE CALLS`: make CALLS sequential chat calls, report RSS, Python heap
  blocks and open sockets before and after (after `gc.collect()`).

Prints one JSON object on stdout. MODE is `sync` or `async`.
"""

from __future__ import annotations

import sys


def _status_kib(field: str) -> int:
    """A `/proc/self/status` memory field in KiB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_kib() -> int:
    """The current resident set size in KiB."""
    return _status_kib("VmRSS")


def peak_rss_kib() -> int:
    """The peak resident set size of this process image in KiB.

    `VmHWM`, not `getrusage().ru_maxrss`: Linux carries `ru_maxrss` across `execve`, so a child
    of a big runner reports the runner's size (the fork's copy) as its own peak.
    """
    return _status_kib("VmHWM")


def open_sockets() -> int:
    """Sockets this process holds open (Linux `/proc/self/fd`; -1 elsewhere)."""
    import os

    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return -1
    count = 0
    for name in names:
        try:
            if os.readlink(f"/proc/self/fd/{name}").startswith("socket:"):
                count += 1
        except OSError:
            continue
    return count


def server_stats(base: str) -> dict[str, int]:
    """The bench server's counters (connections that made API requests, requests served)."""
    import http.client
    import json
    from urllib.parse import urlsplit

    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        connection.request("GET", "/bench/stats")
        stats: dict[str, int] = json.loads(connection.getresponse().read())
    finally:
        connection.close()
    return stats


def _cold(name: str, base: str) -> dict[str, object]:
    import clients

    adapter = clients.make_sync(name, base)
    adapter.chat()
    adapter.close()
    return {}


def _stream_rss(name: str, mode: str, base: str, chunks: int) -> dict[str, object]:
    import resource

    import clients

    if mode == "sync":
        adapter = clients.make_sync(name, base)
        before = rss_kib()
        result = adapter.stream(chunks)
        adapter.close()
    else:
        import asyncio

        async def run() -> tuple[int, clients.StreamResult]:
            adapter = clients.make_async(name, base)
            before = rss_kib()
            result = await adapter.stream(chunks)
            await adapter.close()
            return before, result

        before, result = asyncio.run(run())
    return {
        "peak_kib": peak_rss_kib(),
        "before_kib": before,
        "ru_maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        **result.to_json(),
    }


def _snapshot() -> dict[str, int]:
    import gc

    gc.collect()
    return {"rss_kib": rss_kib(), "blocks": sys.getallocatedblocks(), "sockets": open_sockets()}


def _soak(name: str, mode: str, base: str, calls: int) -> dict[str, object]:
    import time

    import clients

    warmup = min(200, calls)
    if mode == "sync":
        adapter = clients.make_sync(name, base)
        for _ in range(warmup):
            adapter.chat()
        connections = server_stats(base)["connections"]
        before = _snapshot()
        started = time.perf_counter()
        for _ in range(calls):
            adapter.chat()
        elapsed = time.perf_counter() - started
        after = _snapshot()
        opened = server_stats(base)["connections"] - connections
        adapter.close()
    else:
        import asyncio

        async def run() -> tuple[dict[str, int], dict[str, int], float, int]:
            adapter = clients.make_async(name, base)
            for _ in range(warmup):
                await adapter.chat()
            connections = server_stats(base)["connections"]
            before = _snapshot()
            started = time.perf_counter()
            for _ in range(calls):
                await adapter.chat()
            elapsed = time.perf_counter() - started
            after = _snapshot()
            opened = server_stats(base)["connections"] - connections
            await adapter.close()
            return before, after, elapsed, opened

        before, after, elapsed, opened = asyncio.run(run())
    return {
        "before": before,
        "after": after,
        "connections_opened": opened,
        "us_per_call": elapsed / calls * 1e6,
    }


def main(argv: list[str]) -> None:
    task = argv[0]
    if task == "cold":
        result = _cold(argv[1], argv[2])
    elif task == "stream-rss":
        result = _stream_rss(argv[1], argv[2], argv[3], int(argv[4]))
    elif task == "soak":
        result = _soak(argv[1], argv[2], argv[3], int(argv[4]))
    else:
        raise SystemExit(f"unknown task {task!r}")
    import json

    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
