"""Where the in-process suites (a to d) measure a client: here, in the runner's own process.

A runner holds one client's adapter and takes one sample per call with `measure.py`, so the
suites do not care how the sample is taken. `open_sync` / `open_async` pick the runner for a
client.
"""

from __future__ import annotations

from typing import Any

import measure
from clients import make_async, make_sync


class Local:
    """A client measured in this process, sync."""

    def __init__(self, name: str, base: str) -> None:
        self.name = name
        self.adapter = make_sync(name, base)
        self.stack: str = self.adapter.stack

    def chat(self, calls: int) -> dict[str, float]:
        return measure.chat(self.adapter, calls)

    def stream(self, chunks: int, kind: str) -> dict[str, Any]:
        return measure.stream(self.adapter, chunks, kind)

    def models(self, calls: int) -> dict[str, float]:
        return measure.models(self.adapter, calls)

    def count_models(self) -> int:
        return int(self.adapter.models())

    def close(self) -> None:
        self.adapter.close()


class AsyncLocal:
    """A client measured in this process, async: create it inside the loop that uses it."""

    def __init__(self, name: str, base: str) -> None:
        self.name = name
        self.adapter = make_async(name, base)
        self.stack: str = self.adapter.stack

    async def chat(self, calls: int) -> dict[str, float]:
        return await measure.chat_async(self.adapter, calls)

    async def stream(self, chunks: int, kind: str) -> dict[str, Any]:
        return await measure.stream_async(self.adapter, chunks, kind)

    async def models(self, calls: int) -> dict[str, float]:
        return await measure.models_async(self.adapter, calls)

    async def count_models(self) -> int:
        return int(await self.adapter.models())

    async def burst(self, total: int, concurrency: int, collect: bool = True) -> float:
        return await measure.burst(self.adapter.chat, total, concurrency, collect)

    async def close(self) -> None:
        await self.adapter.close()


def open_sync(name: str, base: str) -> Any:
    """The sync runner for client `name`."""
    return Local(name, base)


async def open_async(name: str, base: str) -> Any:
    """The async runner for client `name` (call it inside the event loop that will use it)."""
    return AsyncLocal(name, base)
