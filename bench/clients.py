"""The clients under test behind one small interface, sync and async.

`httpx` is the floor: raw `httpx.Client` / `httpx.AsyncClient` plus one `json.loads` per body or
per SSE `data:` line. `openrouter` is this library, `openai` is openai-python pointed at the
bench server. Each adapter does the same work a user would: one chat call, one stream read to
the end (touching every chunk's content), one `/models` listing. Libraries are imported inside
the factories, so a child process that measures one client imports nothing else.
"""

from __future__ import annotations

import json
import time
from typing import Any

CLIENTS = ("httpx", "httpx2", "openrouter", "openai")
API_KEY = "sk-or-v1-bench"
MODEL = "openai/gpt-4o-mini"
MESSAGES = [
    {"role": "system", "content": "You are a concise assistant."},
    {"role": "user", "content": "What is the capital of France?"},
]
CHUNKS_HEADER = "X-Bench-Chunks"


class StreamResult:
    """What one stream read returned: seconds to the first chunk, chunks and content chars."""

    __slots__ = ("chars", "chunks", "first")

    def __init__(self, first: float, chunks: int, chars: int) -> None:
        self.first = first
        self.chunks = chunks
        self.chars = chars


# -- raw httpx: the floor ------------------------------------------------------------------
class HttpxSync:
    """Raw `httpx`, or raw `httpx2` (its successor, same API) when `module` says so."""

    def __init__(self, base: str, module: str = "httpx") -> None:
        import importlib

        self.name = module
        self.http = importlib.import_module(module).Client()
        self.chat_url = f"{base}/api/v1/chat/completions"
        self.models_url = f"{base}/api/v1/models"
        self.headers = {"Authorization": f"Bearer {API_KEY}"}
        self.body = {"model": MODEL, "messages": MESSAGES}
        self.stream_body = {"model": MODEL, "messages": MESSAGES, "stream": True}

    def chat(self) -> Any:
        response = self.http.post(self.chat_url, json=self.body, headers=self.headers)
        if response.status_code != 200:
            raise RuntimeError(f"status {response.status_code}")
        return json.loads(response.content)

    def stream(self, chunks: int) -> StreamResult:
        headers = {**self.headers, CHUNKS_HEADER: str(chunks)}
        started = time.perf_counter()
        first, count, chars = 0.0, 0, 0
        with self.http.stream("POST", self.chat_url, json=self.stream_body, headers=headers) as r:
            for line in r.iter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    continue
                chunk = json.loads(data)
                if not count:
                    first = time.perf_counter() - started
                count += 1
                choices = chunk["choices"]
                if choices:
                    content = choices[0]["delta"].get("content")
                    if content:
                        chars += len(content)
        return StreamResult(first, count, chars)

    def models(self) -> int:
        response = self.http.get(self.models_url, headers=self.headers)
        return len(json.loads(response.content)["data"])

    def close(self) -> None:
        self.http.close()


class HttpxAsync:
    """The async twin of `HttpxSync`."""

    def __init__(self, base: str, module: str = "httpx") -> None:
        import importlib

        self.name = module
        self.http = importlib.import_module(module).AsyncClient()
        self.chat_url = f"{base}/api/v1/chat/completions"
        self.models_url = f"{base}/api/v1/models"
        self.headers = {"Authorization": f"Bearer {API_KEY}"}
        self.body = {"model": MODEL, "messages": MESSAGES}
        self.stream_body = {"model": MODEL, "messages": MESSAGES, "stream": True}

    async def chat(self) -> Any:
        response = await self.http.post(self.chat_url, json=self.body, headers=self.headers)
        if response.status_code != 200:
            raise RuntimeError(f"status {response.status_code}")
        return json.loads(response.content)

    async def stream(self, chunks: int) -> StreamResult:
        headers = {**self.headers, CHUNKS_HEADER: str(chunks)}
        started = time.perf_counter()
        first, count, chars = 0.0, 0, 0
        request = self.http.stream("POST", self.chat_url, json=self.stream_body, headers=headers)
        async with request as r:
            async for line in r.aiter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    continue
                chunk = json.loads(data)
                if not count:
                    first = time.perf_counter() - started
                count += 1
                choices = chunk["choices"]
                if choices:
                    content = choices[0]["delta"].get("content")
                    if content:
                        chars += len(content)
        return StreamResult(first, count, chars)

    async def models(self) -> int:
        response = await self.http.get(self.models_url, headers=self.headers)
        return len(json.loads(response.content)["data"])

    async def close(self) -> None:
        await self.http.aclose()


# -- SDKs: openrouter (this library) and openai share the chat.completions shape ----------
def _sdk(name: str, base: str, asynchronous: bool) -> Any:
    if name == "openrouter":
        import openrouter

        cls = openrouter.AsyncOpenRouter if asynchronous else openrouter.OpenRouter
    elif name == "openai":
        import openai

        cls = openai.AsyncOpenAI if asynchronous else openai.OpenAI
    else:
        raise ValueError(f"unknown client {name!r}")
    return cls(api_key=API_KEY, base_url=f"{base}/api/v1")


class SdkSync:
    def __init__(self, name: str, base: str) -> None:
        self.name = name
        self.client = _sdk(name, base, asynchronous=False)
        self.completions = self.client.chat.completions

    def chat(self) -> Any:
        return self.completions.create(model=MODEL, messages=MESSAGES)

    def stream(self, chunks: int) -> StreamResult:
        started = time.perf_counter()
        first, count, chars = 0.0, 0, 0
        stream = self.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, extra_headers={CHUNKS_HEADER: str(chunks)}
        )
        with stream:
            for chunk in stream:
                if not count:
                    first = time.perf_counter() - started
                count += 1
                choices = chunk.choices
                if choices:
                    content = choices[0].delta.content
                    if content:
                        chars += len(content)
        return StreamResult(first, count, chars)

    def models(self) -> int:
        return len(self.client.models.list().data)

    def close(self) -> None:
        self.client.close()


class SdkAsync:
    def __init__(self, name: str, base: str) -> None:
        self.name = name
        self.client = _sdk(name, base, asynchronous=True)
        self.completions = self.client.chat.completions

    async def chat(self) -> Any:
        return await self.completions.create(model=MODEL, messages=MESSAGES)

    async def stream(self, chunks: int) -> StreamResult:
        started = time.perf_counter()
        first, count, chars = 0.0, 0, 0
        stream = await self.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, extra_headers={CHUNKS_HEADER: str(chunks)}
        )
        async with stream:
            async for chunk in stream:
                if not count:
                    first = time.perf_counter() - started
                count += 1
                choices = chunk.choices
                if choices:
                    content = choices[0].delta.content
                    if content:
                        chars += len(content)
        return StreamResult(first, count, chars)

    async def models(self) -> int:
        return len((await self.client.models.list()).data)

    async def close(self) -> None:
        await self.client.close()


_RAW = ("httpx", "httpx2")  # raw HTTP clients: the floor and its successor


def make_sync(name: str, base: str) -> Any:
    """The sync adapter for `name` (one of `CLIENTS`) talking to the server at `base`."""
    return HttpxSync(base, name) if name in _RAW else SdkSync(name, base)


def make_async(name: str, base: str) -> Any:
    """The async adapter for `name`; create it inside the event loop that will use it."""
    return HttpxAsync(base, name) if name in _RAW else SdkAsync(name, base)
