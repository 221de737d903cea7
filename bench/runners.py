"""Where the in-process suites (a to d) measure a client: in the runner's process, or in a worker.

A runner holds one client and takes one sample per call with `measure.py`, so the suites do not
care where the sample is taken: `Local` / `AsyncLocal` measure in this process; `Remote` /
`AsyncRemote` ask a `worker.py` process run by another interpreter (the official SDK's
environment), which takes the sample with the same function and sends it back. `open_sync` /
`open_async` pick the runner for a client from its interpreter.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import measure
from clients import SDK, client_env, make_async, make_sync

HERE = Path(__file__).resolve().parent
WORKER = HERE / "worker.py"
TIMEOUT = 600.0  # seconds one request to a worker may take


def interpreter(name: str, sdk_python: str) -> str:
    """The Python that measures client `name`: the SDK's environment for the SDK, else ours."""
    return sdk_python if name == SDK else sys.executable


def child_environment(name: str) -> dict[str, str]:
    """The environment of a child process measuring `name` (this library's stack for ours)."""
    env = dict(os.environ)
    for key, value in client_env(name).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


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


class Remote:
    """A client measured in a `worker.py` process run by `python`, sync (MODE `sync`)."""

    mode = "sync"

    def __init__(self, name: str, base: str, python: str) -> None:
        self.name = name
        self._stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed by close())
        self._process = subprocess.Popen(
            [python, str(WORKER), name, self.mode, base],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            cwd=HERE,
            env=child_environment(name),
        )
        self.stack: str = self._receive()["stack"]

    def _receive(self) -> Any:
        process = self._process
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], TIMEOUT)
        line = process.stdout.readline() if ready else ""
        reply = json.loads(line) if line else {"error": "no answer (timed out or exited)"}
        if "error" in reply:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
            self._stderr.seek(0)
            stderr = self._stderr.read()[-3000:]
            raise RuntimeError(f"{self.name} worker failed: {reply['error']}\n{stderr}")
        return reply["ok"]

    def call(self, op: str, *args: Any) -> Any:
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps({"op": op, "args": args}) + "\n")
        self._process.stdin.flush()
        return self._receive()

    def chat(self, calls: int) -> dict[str, float]:
        return dict(self.call("chat", calls))

    def stream(self, chunks: int, kind: str) -> dict[str, Any]:
        return dict(self.call("stream", chunks, kind))

    def models(self, calls: int) -> dict[str, float]:
        return dict(self.call("models", calls))

    def count_models(self) -> int:
        return int(self.call("count_models"))

    def close(self) -> None:
        if self._process.poll() is None:
            self.call("close")
            self._process.wait(timeout=30)
        self._stderr.close()


class AsyncRemote(Remote):
    """A client measured in a worker, async (MODE `async`: the worker keeps one event loop).

    The methods are coroutines like `AsyncLocal`'s, but block while the worker works: the
    runner's loop has nothing else to do then.
    """

    mode = "async"

    async def chat(self, calls: int) -> dict[str, float]:  # type: ignore[override]
        return dict(self.call("chat", calls))

    async def stream(self, chunks: int, kind: str) -> dict[str, Any]:  # type: ignore[override]
        return dict(self.call("stream", chunks, kind))

    async def models(self, calls: int) -> dict[str, float]:  # type: ignore[override]
        return dict(self.call("models", calls))

    async def count_models(self) -> int:  # type: ignore[override]
        return int(self.call("count_models"))

    async def burst(self, total: int, concurrency: int, collect: bool = True) -> float:
        return float(self.call("burst", total, concurrency, collect))

    async def close(self) -> None:  # type: ignore[override]
        Remote.close(self)


def open_sync(name: str, base: str, python: str) -> Any:
    """The sync runner for client `name`, measured by interpreter `python`."""
    return Local(name, base) if python == sys.executable else Remote(name, base, python)


async def open_async(name: str, base: str, python: str) -> Any:
    """The async runner for `name` (call it inside the event loop that will use it)."""
    return AsyncLocal(name, base) if python == sys.executable else AsyncRemote(name, base, python)
