"""The benchmark suites (a) to (g). Each returns rows with every client's samples.

In-process suites interleave the clients within each repeat and rotate the starting client from
one repeat to the next (A B C, B C A, C A B, ...), so drift on a noisy machine hits all of them
alike, and every sample starts right after `gc.collect()`, so each client pays for the
garbage it makes, not for what an earlier one left. A client that needs another interpreter
(the official SDK) takes its in-process samples in a worker process (`runners.py`), in its
turn. Fresh-process suites (e, f, g) run `child.py` or `python -c` for each sample, with the
client's interpreter, interleaved the same way.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import payloads
from child import server_stats
from clients import CHUNKS_HEADER, CLIENTS, KIND_HEADER
from payloads import STREAM_KINDS
from report import Row, Target
from runners import child_environment, interpreter, open_async, open_sync

HERE = Path(__file__).resolve().parent
CHILD = HERE / "child.py"
MODULES = {
    "httpx": "httpx",
    "httpx2": "httpx2",
    "openrouter": "openrouter",
    "openrouter-httpx2": "openrouter",
    "openai": "openai",
    "openrouter-sdk": "openrouter",  # the official SDK, in its own environment
}
CHILD_TIMEOUT = 600.0

# This library's targets, as paired ratios to raw httpx in the same run ("cost" ratios: above 1
# is slower or bigger), for `openrouter` (on httpx) and, when it differs, `openrouter-httpx2`.
CHAT = Target("ratio_max", 1.05, 0.9)
# Throughput is shown as req/s, so its ratio is inverted: a cost of <= 1.05x / <= 0.55x httpx
# is a throughput of >= 1/1.05 (0.95, as the issue rounds it) / >= 1/0.55 times httpx's.
THROUGHPUT = Target("ratio_min", 0.95, 1 / 0.55)
STREAM_CPU = Target("ratio_max", 1.4)
CATALOGUE = Target("ratio_max", 2.0)
IMPORT = Target("ratio_max", 1.2)
COLD = Target("ratio_max", 1.4)
PEAK_RSS = Target("ratio_max", 1.15)


@dataclass(frozen=True)
class Config:
    """How much work each suite does (repeats are samples per client)."""

    a_repeats: int = 21
    a_calls: int = 100
    b_repeats: int = 7
    b_requests: int = 1000
    b_concurrency: int = 50
    c_repeats: int = 7
    c_chunks: int = 10_000
    d_repeats: int = 11
    d_calls: int = 10
    e_repeats: int = 11
    f_repeats: int = 3
    f_chunks: int = 10_000
    g_repeats: int = 1
    g_calls: int = 10_000
    # The clients measured (the official SDK only when its environment is there) and the
    # Python of that environment.
    clients: tuple[str, ...] = CLIENTS
    sdk_python: str = ""


FULL = Config()
QUICK = Config(
    a_repeats=3,
    a_calls=20,
    b_repeats=2,
    b_requests=200,
    c_repeats=2,
    c_chunks=500,
    d_repeats=2,
    d_calls=2,
    e_repeats=2,
    f_repeats=1,
    f_chunks=500,
    g_repeats=1,
    g_calls=300,
)


def rotated(cfg: Config, repeat: int) -> tuple[str, ...]:
    """The clients in the order for this repeat: A B C, then B C A, then C A B, ..."""
    names = cfg.clients
    shift = repeat % len(names)
    return names[shift:] + names[:shift]


def _check_stream(name: str, kind: str, found: dict[str, Any], chunks: int) -> None:
    """Fail the run when a reader did not see everything the stream carried."""
    want = payloads.stream_expected(chunks, kind)
    if want["finish"] is None:  # content readers do not look at the finish reason
        want = {k: v for k, v in want.items() if k != "finish"}
    got = {key: found[key] for key in want}
    if got != want:
        raise RuntimeError(
            f"{name}: the {kind} stream read {got}, expected {want}: the measurement would be wrong"
        )


def _prime(base: str, kind: str, chunks: int) -> None:
    """Ask the server for a stream once, so it builds it before any client is timed on it."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
    try:
        headers = {CHUNKS_HEADER: str(chunks), KIND_HEADER: kind}
        body = json.dumps({"model": "x", "messages": [], "stream": True})
        connection.request("POST", "/api/v1/chat/completions", body, headers)
        connection.getresponse().read()
    finally:
        connection.close()


# -- (a) sequential chat calls ---------------------------------------------------------------
def suite_a(base: str, cfg: Config) -> list[Row]:
    sync = Row("a", "chat call, sequential, sync", "us/call", target=CHAT)
    asyn = Row("a", "chat call, sequential, async", "us/call", target=CHAT)
    cpu: dict[str, dict[str, list[float]]] = {"sync": {}, "async": {}}
    warmup = max(20, cfg.a_calls // 5)

    def record(row: Row, mode: str, name: str, sample: dict[str, float]) -> None:
        row.add(name, sample["wall"] / cfg.a_calls * 1e6)
        cpu[mode].setdefault(name, []).append(sample["cpu"] / cfg.a_calls * 1e6)

    runners = {c: open_sync(c, base, _python(c, cfg)) for c in cfg.clients}
    try:
        for runner in runners.values():
            runner.chat(warmup)
        for repeat in range(cfg.a_repeats):
            for name in rotated(cfg, repeat):
                record(sync, "sync", name, runners[name].chat(cfg.a_calls))
    finally:
        for runner in runners.values():
            runner.close()

    async def run_async() -> None:
        runners = {c: await open_async(c, base, _python(c, cfg)) for c in cfg.clients}
        try:
            for runner in runners.values():
                await runner.chat(warmup)
            for repeat in range(cfg.a_repeats):
                for name in rotated(cfg, repeat):
                    record(asyn, "async", name, await runners[name].chat(cfg.a_calls))
        finally:
            for runner in runners.values():
                await runner.close()

    asyncio.run(run_async())
    sync.extra["client_cpu_us_per_call"] = cpu["sync"]
    asyn.extra["client_cpu_us_per_call"] = cpu["async"]
    return [sync, asyn]


# -- (b) async throughput at concurrency 50 --------------------------------------------------
def suite_b(base: str, cfg: Config) -> list[Row]:
    label = f"async throughput, concurrency {cfg.b_concurrency}"
    row = Row("b", label, "req/s", better="higher", target=THROUGHPUT)
    opened: dict[str, list[int]] = {c: [] for c in cfg.clients}
    concurrency = cfg.b_concurrency

    async def run() -> None:
        runners = {c: await open_async(c, base, _python(c, cfg)) for c in cfg.clients}
        try:
            for runner in runners.values():
                await runner.burst(concurrency * 4, concurrency, collect=False)
            for repeat in range(cfg.b_repeats):
                for name in rotated(cfg, repeat):
                    runner = runners[name]
                    # Refill the pool first: idle connections expire (httpx: after 5 s) while
                    # the other clients run, and reconnecting 50 sockets is not what this row
                    # measures.
                    await runner.burst(concurrency, concurrency, collect=False)
                    before = server_stats(base)["connections"]
                    row.add(name, await runner.burst(cfg.b_requests, concurrency))
                    opened[name].append(server_stats(base)["connections"] - before)
        finally:
            for runner in runners.values():
                await runner.close()

    asyncio.run(run())
    row.extra["connections_opened_per_sample"] = opened
    return [row]


# -- (c) big streams read to the end -----------------------------------------------------------
STREAM_LABELS = {"content": "stream", "reasoning": "reasoning stream", "tools": "tool-call stream"}


def suite_c(base: str, cfg: Config) -> list[Row]:
    n = cfg.c_chunks
    rows: dict[tuple[str, str, str], Row] = {}
    for kind in STREAM_KINDS:
        label = STREAM_LABELS[kind]
        for mode in ("sync", "async"):
            rows[kind, mode, "cpu"] = Row(
                "c", f"{label} {n:,} chunks, client CPU, {mode}", "us/chunk", target=STREAM_CPU
            )
        for mode in ("sync", "async"):
            rows[kind, mode, "first"] = Row("c", f"{label} time to first chunk, {mode}", "ms")
        _prime(base, kind, n)
    opened: dict[tuple[str, str], dict[str, list[int]]] = {}

    def record(runner: Any, mode: str, kind: str, taken: dict[str, Any], before: int) -> None:
        name, result = runner.name, taken["result"]
        _check_stream(name, kind, result, n)
        rows[kind, mode, "cpu"].add(name, taken["cpu"] / result["chunks"] * 1e6)
        rows[kind, mode, "first"].add(name, result["first"] * 1e3)
        new = server_stats(base)["connections"] - before
        opened.setdefault((kind, mode), {}).setdefault(name, []).append(new)

    runners = {c: open_sync(c, base, _python(c, cfg)) for c in cfg.clients}
    try:
        for runner in runners.values():
            for kind in STREAM_KINDS:  # a short one of each: every reader copes with every kind
                _check_stream(runner.name, kind, runner.stream(100, kind)["result"], 100)
        for repeat in range(cfg.c_repeats):
            for kind in STREAM_KINDS:
                for name in rotated(cfg, repeat):
                    before = server_stats(base)["connections"]
                    result = runners[name].stream(n, kind)
                    record(runners[name], "sync", kind, result, before)
    finally:
        for runner in runners.values():
            runner.close()

    async def run_async() -> None:
        runners = {c: await open_async(c, base, _python(c, cfg)) for c in cfg.clients}
        try:
            for runner in runners.values():
                for kind in STREAM_KINDS:
                    found = (await runner.stream(100, kind))["result"]
                    _check_stream(runner.name, kind, found, 100)
            for repeat in range(cfg.c_repeats):
                for kind in STREAM_KINDS:
                    for name in rotated(cfg, repeat):
                        before = server_stats(base)["connections"]
                        result = await runners[name].stream(n, kind)
                        record(runners[name], "async", kind, result, before)
        finally:
            for runner in runners.values():
                await runner.close()

    asyncio.run(run_async())
    for (kind, mode), counts in opened.items():
        rows[kind, mode, "cpu"].extra["connections_opened_per_stream"] = counts
    return list(rows.values())


# -- (d) decoding the 300-model catalogue ------------------------------------------------------
def suite_d(base: str, cfg: Config) -> list[Row]:
    size = payloads.CATALOGUE_SIZE
    sync = Row("d", f"/models ({size} models) decoded, sync", "us/call", target=CATALOGUE)
    asyn = Row("d", f"/models ({size} models) decoded, async", "us/call", target=CATALOGUE)

    def check(name: str, count: int) -> None:
        if count != size:
            raise RuntimeError(f"{name}: models.list() returned {count} models, not {size}")

    runners = {c: open_sync(c, base, _python(c, cfg)) for c in cfg.clients}
    try:
        for name, runner in runners.items():
            check(name, runner.count_models())
        for repeat in range(cfg.d_repeats):
            for name in rotated(cfg, repeat):
                sync.add(name, runners[name].models(cfg.d_calls)["wall"] / cfg.d_calls * 1e6)
    finally:
        for runner in runners.values():
            runner.close()

    async def run_async() -> None:
        runners = {c: await open_async(c, base, _python(c, cfg)) for c in cfg.clients}
        try:
            for name, runner in runners.items():
                check(name, await runner.count_models())
            for repeat in range(cfg.d_repeats):
                for name in rotated(cfg, repeat):
                    wall = (await runners[name].models(cfg.d_calls))["wall"]
                    asyn.add(name, wall / cfg.d_calls * 1e6)
        finally:
            for runner in runners.values():
                await runner.close()

    asyncio.run(run_async())
    return [sync, asyn]


# -- fresh processes -----------------------------------------------------------------------------
def _python(name: str, cfg: Config) -> str:
    return interpreter(name, cfg.sdk_python)


def _run(name: str, command: list[str]) -> tuple[str, float]:
    """Run a child for client `name` to completion; its stdout and the wall time to exit."""
    env = child_environment(name)
    started = time.perf_counter()
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        cwd=HERE,
        check=False,
        env=env,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[1:])} failed:\n{done.stderr[-3000:]}")
    return done.stdout, elapsed


def _child(cfg: Config, task: str, name: str, *args: str) -> dict[str, Any]:
    out, _ = _run(name, [_python(name, cfg), str(CHILD), task, name, *args])
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


_IMPORT = "import time; t = time.perf_counter(); import {0}; print(time.perf_counter() - t)"


# -- (e) import time and a cold process --------------------------------------------------------
def suite_e(base: str, cfg: Config) -> list[Row]:
    imports = Row("e", "import time", "ms", target=IMPORT)
    cold = Row("e", "cold process: import + client + 1 call", "ms", target=COLD)

    def importing(name: str) -> list[str]:
        return [_python(name, cfg), "-c", _IMPORT.format(MODULES[name])]

    def cold_process(name: str) -> list[str]:
        return [_python(name, cfg), str(CHILD), "cold", name, base]

    for name in cfg.clients:  # compile bytecode caches before anything is timed
        _run(name, importing(name))
        _run(name, cold_process(name))
    for repeat in range(cfg.e_repeats):
        for name in rotated(cfg, repeat):
            out, _ = _run(name, importing(name))
            imports.add(name, float(out.strip()) * 1e3)
        for name in rotated(cfg, repeat):
            _, elapsed = _run(name, cold_process(name))
            cold.add(name, elapsed * 1e3)
    return [imports, cold]


# -- (f) peak RSS after a big stream ---------------------------------------------------------
def suite_f(base: str, cfg: Config) -> list[Row]:
    n = cfg.f_chunks
    rows = {
        mode: Row(
            "f",
            f"peak RSS after a {n:,}-chunk stream, {mode}",
            "MiB",
            target=PEAK_RSS,
        )
        for mode in ("sync", "async")
    }
    before: dict[str, dict[str, list[float]]] = {"sync": {}, "async": {}}
    for repeat in range(cfg.f_repeats):
        for mode in ("sync", "async"):
            for name in rotated(cfg, repeat):
                result = _child(cfg, "stream-rss", name, mode, base, str(n))
                _check_stream(name, "content", result, n)
                rows[mode].add(name, result["peak_kib"] / 1024)
                before[mode].setdefault(name, []).append(result["before_kib"] / 1024)
    for mode, row in rows.items():
        row.extra["rss_mib_before_stream"] = before[mode]
    return [rows["sync"], rows["async"]]


# -- (g) 10,000 sequential calls: memory and sockets -------------------------------------------
def suite_g(base: str, cfg: Config) -> list[Row]:
    calls = cfg.g_calls
    rows: list[Row] = []
    for mode in ("sync", "async"):
        rss = Row(
            "g",
            f"RSS growth over {calls:,} calls, {mode}",
            "KiB",
            ratios=False,
            target=Target("max", 1024),
        )
        blocks = Row(
            "g",
            f"Python heap blocks kept per call, {mode}",
            "blocks",
            ratios=False,
            target=Target("max", 0.1),
        )
        sockets = Row(
            "g",
            f"open sockets gained over {calls:,} calls, {mode}",
            "sockets",
            ratios=False,
            target=Target("max", 0),
        )
        opened = Row(
            "g",
            f"connections opened during {calls:,} calls, {mode}",
            "conns",
            ratios=False,
            target=Target("max", 0),
        )
        details: dict[str, list[dict[str, Any]]] = {}
        for repeat in range(cfg.g_repeats):
            for name in rotated(cfg, repeat):
                result = _child(cfg, "soak", name, mode, base, str(calls))
                first, last = result["before"], result["after"]
                rss.add(name, last["rss_kib"] - first["rss_kib"])
                blocks.add(name, (last["blocks"] - first["blocks"]) / calls)
                sockets.add(name, last["sockets"] - first["sockets"])
                opened.add(name, result["connections_opened"])
                details.setdefault(name, []).append(result)
        rss.extra["children"] = details
        rows += [rss, blocks, sockets, opened]
    return rows


SUITES: dict[str, Callable[[str, Config], list[Row]]] = {
    "a": suite_a,
    "b": suite_b,
    "c": suite_c,
    "d": suite_d,
    "e": suite_e,
    "f": suite_f,
    "g": suite_g,
}
