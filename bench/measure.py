"""One sample of each in-process measurement, the same code wherever the client runs.

The runner calls these for the clients it measures in its own process, and `worker.py` calls
them for a client that has to live in another interpreter (the official OpenRouter SDK), so
both take their samples with the same loop, the same clocks and the same `gc.collect()` first.
Every function returns plain JSON-able values.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from typing import Any


def chat(adapter: Any, calls: int) -> dict[str, float]:
    """`calls` sequential chat calls: wall and client CPU seconds for all of them."""
    call = adapter.chat
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(calls):
        call()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"wall": wall, "cpu": cpu}


async def chat_async(adapter: Any, calls: int) -> dict[str, float]:
    call = adapter.chat
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(calls):
        await call()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"wall": wall, "cpu": cpu}


def stream(adapter: Any, chunks: int, kind: str) -> dict[str, Any]:
    """One stream read to the end: client CPU seconds and what the reader found."""
    gc.collect()
    cpu = time.process_time()
    result = adapter.stream(chunks, kind)
    cpu = time.process_time() - cpu
    return {"cpu": cpu, "result": result.to_json()}


async def stream_async(adapter: Any, chunks: int, kind: str) -> dict[str, Any]:
    gc.collect()
    cpu = time.process_time()
    result = await adapter.stream(chunks, kind)
    cpu = time.process_time() - cpu
    return {"cpu": cpu, "result": result.to_json()}


def models(adapter: Any, calls: int) -> dict[str, float]:
    """`calls` `/models` listings decoded: wall seconds for all of them."""
    listing = adapter.models
    gc.collect()
    wall = time.perf_counter()
    for _ in range(calls):
        listing()
    return {"wall": time.perf_counter() - wall}


async def models_async(adapter: Any, calls: int) -> dict[str, float]:
    listing = adapter.models
    gc.collect()
    wall = time.perf_counter()
    for _ in range(calls):
        await listing()
    return {"wall": time.perf_counter() - wall}


async def burst(
    chat: Callable[[], Awaitable[Any]], total: int, concurrency: int, collect: bool = True
) -> float:
    """`total` chat calls made by `concurrency` tasks sharing one client: requests per second."""
    remaining = total

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await chat()

    if collect:
        gc.collect()
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return total / (time.perf_counter() - started)
