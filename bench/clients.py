"""The clients under test behind one small interface, sync and async.

`httpx` is the floor: raw `httpx.Client` / `httpx.AsyncClient` plus one `json.loads` per body or
per SSE `data:` line; `httpx2` is the same code on raw httpx2. `openrouter` is this library on
httpx and `openrouter-httpx2` this library on httpx2 (the stack is chosen by
`OPENROUTER_HTTP_STACK`, set around the client's construction), `openai` is openai-python
pointed at the bench server. Each adapter does the same work a user would: one chat call, one
stream read to the end (touching every chunk's content), one `/models` listing. Libraries are
imported inside the factories, so a child process that measures one client imports nothing
else.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from typing import Any

CLIENTS = ("httpx", "httpx2", "openrouter", "openrouter-httpx2", "openai")
# This library's clients and the HTTP stack each one runs on: the library reads this variable
# when a client is constructed (without it: httpx2 when installed, else httpx).
STACK_ENV = "OPENROUTER_HTTP_STACK"
OUR_STACKS = {"openrouter": "httpx", "openrouter-httpx2": "httpx2"}
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

        self.name = self.stack = module
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

        self.name = self.stack = module
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


def client_env(name: str) -> dict[str, str | None]:
    """The environment a process measuring `name` runs with (None: the variable is removed).

    This library's clients get `OPENROUTER_HTTP_STACK` for their stack; every other client runs
    without it, whatever the caller's environment says.
    """
    return {STACK_ENV: OUR_STACKS.get(name)}


@contextlib.contextmanager
def environment(changes: dict[str, str | None]) -> Iterator[None]:
    """Apply `changes` to `os.environ` for the duration of the block, then restore it."""
    saved = {key: os.environ.get(key) for key in changes}

    def apply(values: dict[str, str | None]) -> None:
        for key, value in values.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value

    apply(changes)
    try:
        yield
    finally:
        apply(saved)


def stack_of(client: Any) -> str:
    """The HTTP stack (`httpx` or `httpx2`) a client's connection pool belongs to, or `?`.

    Looks for an httpx / httpx2 client (or a subclass) among the object's attributes, up to two
    levels down.
    """
    seen: list[Any] = [client]
    for _ in range(3):
        found, deeper = set(), []
        for obj in seen:
            for cls in type(obj).__mro__:  # subclasses too (openai wraps httpx2.Client)
                root = cls.__module__.partition(".")[0]
                if root in ("httpx", "httpx2") and cls.__name__.endswith("Client"):
                    found.add(root)
            with contextlib.suppress(TypeError):
                deeper += [v for v in vars(obj).values() if not isinstance(v, type)]
        if found:
            return "+".join(sorted(found))
        seen = deeper
    return "?"


# -- SDKs: openrouter (this library) and openai share the chat.completions shape ----------
def _sdk(name: str, base: str, asynchronous: bool) -> Any:
    if name in OUR_STACKS:
        import openrouter

        cls = openrouter.AsyncOpenRouter if asynchronous else openrouter.OpenRouter
        with environment(client_env(name)):
            return cls(api_key=API_KEY, base_url=f"{base}/api/v1")
    if name == "openai":
        import openai

        cls = openai.AsyncOpenAI if asynchronous else openai.OpenAI
        return cls(api_key=API_KEY, base_url=f"{base}/api/v1")
    raise ValueError(f"unknown client {name!r}")


class SdkSync:
    def __init__(self, name: str, base: str) -> None:
        self.name = name
        self.client = _sdk(name, base, asynchronous=False)
        self.stack = stack_of(self.client)
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
        self.stack = stack_of(self.client)
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
