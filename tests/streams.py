"""Building SSE bodies for tests, and transports that deliver them in any split."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx


def sse(*events: dict[str, Any] | str, keepalives: int = 1) -> bytes:
    """An SSE body: keep-alive comments, then `data:` events (strings go as they are)."""
    out = [b": OPENROUTER PROCESSING\n\n"] * keepalives
    for event in events:
        data = event if isinstance(event, str) else json.dumps(event)
        out.append(f"data: {data}\n\n".encode())
    return b"".join(out)


def named(*events: tuple[str, dict[str, Any]]) -> bytes:
    """An SSE body of named events (Anthropic style), ending with [DONE]."""
    out = [b": OPENROUTER PROCESSING\n\n"]
    for name, data in events:
        out.append(f"event: {name}\ndata: {json.dumps({'type': name, **data})}\n\n".encode())
    out.append(b"data: [DONE]\n\n")
    return b"".join(out)


def split(body: bytes, how: str) -> list[bytes]:
    if how == "whole":
        return [body]
    if how == "event":
        return [part + b"\n\n" for part in body.split(b"\n\n") if part]
    if how == "byte":
        return [body[i : i + 1] for i in range(len(body))]
    raise ValueError(how)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered in the given pieces; optionally breaking the connection at the end."""

    def __init__(self, parts: list[bytes], *, break_at_end: bool = False) -> None:
        self.parts = parts
        self.break_at_end = break_at_end
        self.closed = False
        self.delivered = 0

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            self.delivered += 1
            yield part
        if self.break_at_end:
            raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.parts:
            self.delivered += 1
            yield part
        if self.break_at_end:
            raise httpx.ReadError("connection reset by peer")

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def event_stream(body: bytes, how: str = "event", **kwargs: Any) -> httpx.Response:
    return httpx.Response(
        200,
        headers={"content-type": "text/event-stream", "x-generation-id": "gen-s1"},
        stream=Chunks(split(body, how), **kwargs),
    )


def chat_chunk(delta: dict[str, Any] | None = None, **choice: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"index": 0, "delta": delta or {}, "finish_reason": None}
    body.update(choice)
    return {
        "id": "gen-s1",
        "object": "chat.completion.chunk",
        "created": 1764000000,
        "model": "openai/gpt-4o-mini",
        "provider": "OpenAI",
        "choices": [body],
    }


USAGE = {
    "prompt_tokens": 9,
    "completion_tokens": 4,
    "total_tokens": 13,
    "cost": 0.0000123,
    "is_byok": False,
}


def usage_chunk() -> dict[str, Any]:
    return {**chat_chunk(), "choices": [], "usage": USAGE}


def chat_body(*words: str, done: bool = True, finish: bool = True) -> bytes:
    events: list[dict[str, Any] | str] = [chat_chunk({"role": "assistant", "content": ""})]
    events += [chat_chunk({"content": w}) for w in words]
    if finish:
        events.append(chat_chunk({}, finish_reason="stop", native_finish_reason="stop"))
        events.append(usage_chunk())
    if done:
        events.append("[DONE]")
    return sse(*events)
