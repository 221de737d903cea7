"""An audit log as middleware: one JSON line per HTTP attempt, retries and streams included.

The key never reaches the log (the Authorization header is not written), and bodies are left out
unless you ask for them: a request body holds your users' prompts.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import IO

import httpx
from _setup import MODEL, connect, where

from openrouter import MiddlewareEvent, StreamEnded


class AuditLog:
    """Writes `{"op", "attempt", "method", "url", "status", "ms", ...}` lines to `out`."""

    def __init__(self, out: IO[str], *, bodies: bool = False) -> None:
        self.out = out
        self.bodies = bodies

    def __call__(
        self, request: httpx.Request, call_next: Callable[[httpx.Request], httpx.Response]
    ) -> httpx.Response:
        call = request.extensions["openrouter"]
        line: dict[str, object] = {
            "op": call.operation,
            "attempt": call.attempt,
            "method": request.method,
            "url": str(request.url),
        }
        if self.bodies:
            line["request_body"] = request.content.decode("utf-8", "replace")
        started = time.perf_counter()
        try:
            response = call_next(request)
        except Exception as error:
            line["error"] = type(error).__name__
            self._write(line, started)
            raise
        line["status"] = response.status_code
        line["generation"] = response.headers.get("x-generation-id")
        self._write(line, started)
        return response

    def on_event(self, event: MiddlewareEvent) -> None:
        if isinstance(event, StreamEnded):
            cost = None if event.cost is None else str(event.cost)
            error = None if event.error is None else type(event.error).__name__
            line = {"op": event.call.operation, "stream_end": True, "cost": cost, "error": error}
            print(json.dumps(line), file=self.out)

    def _write(self, line: dict[str, object], started: float) -> None:
        line["ms"] = round((time.perf_counter() - started) * 1000, 1)
        print(json.dumps(line), file=self.out)


print(f"Talking to {where()}.")
with connect(middleware=[AuditLog(sys.stdout)]) as client:
    client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Say hi"}], max_tokens=20
    )
    with client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Count to 3"}], stream=True
    ) as stream:
        print("".join(stream.text_stream))
