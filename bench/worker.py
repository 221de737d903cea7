"""A client measured in a process of its own: `python bench/worker.py CLIENT MODE BASE`.

For a client that cannot share the runner's interpreter: the official OpenRouter SDK imports as
`openrouter`, like this library, so it lives in its own environment and the in-process suites
(a to d) measure it here, run by that environment's Python. The worker builds the client once
(MODE `sync` or `async`; async clients live in one event loop kept for the worker's life), then
answers one JSON request per stdin line with one JSON line on stdout, each sample taken by the
same `measure.py` function the runner uses for its own clients:

    {"op": "chat", "args": [100]}  ->  {"ok": {"wall": ..., "cpu": ...}}

Ops: `chat`, `stream`, `models`, `count_models`, `burst` (async only), `close`. The first line
out is `{"ok": {"stack": ...}}` once the client is built; a failure answers `{"error": ...}`.
The runner waits (blocked on the pipe, using no CPU) while the worker takes a sample, so the
clients still take turns within each repeat.
"""

from __future__ import annotations

import asyncio
import json
import sys
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import clients  # noqa: E402
import measure  # noqa: E402


def _sync_ops(adapter: Any) -> dict[str, Any]:
    return {
        "chat": lambda calls: measure.chat(adapter, calls),
        "stream": lambda chunks, kind: measure.stream(adapter, chunks, kind),
        "models": lambda calls: measure.models(adapter, calls),
        "count_models": adapter.models,
        "close": adapter.close,
    }


def _async_ops(adapter: Any, loop: asyncio.AbstractEventLoop) -> dict[str, Any]:
    def run(coroutine: Any) -> Any:
        return loop.run_until_complete(coroutine)

    return {
        "chat": lambda calls: run(measure.chat_async(adapter, calls)),
        "stream": lambda chunks, kind: run(measure.stream_async(adapter, chunks, kind)),
        "models": lambda calls: run(measure.models_async(adapter, calls)),
        "count_models": lambda: run(adapter.models()),
        "burst": lambda total, concurrency, collect=True: run(
            measure.burst(adapter.chat, total, concurrency, collect)
        ),
        "close": lambda: run(adapter.close()),
    }


def main(argv: list[str]) -> None:
    name, mode, base = argv
    out = sys.stdout
    sys.stdout = sys.stderr  # nothing but answers on the protocol's pipe

    def answer(**reply: Any) -> None:
        out.write(json.dumps(reply) + "\n")
        out.flush()

    try:
        if mode == "sync":
            adapter = clients.make_sync(name, base)
            ops = _sync_ops(adapter)
        else:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)

            async def build() -> Any:  # created inside the loop that will use it
                return clients.make_async(name, base)

            adapter = loop.run_until_complete(build())
            ops = _async_ops(adapter, loop)
    except Exception:
        answer(error=traceback.format_exc())
        return
    answer(ok={"stack": adapter.stack})
    for line in sys.stdin:
        request = json.loads(line)
        op = request["op"]
        try:
            answer(ok=ops[op](*request.get("args", ())))
        except Exception:
            answer(error=traceback.format_exc())
            return
        if op == "close":
            return


if __name__ == "__main__":
    main(sys.argv[1:])
