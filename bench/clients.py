"""The clients under test behind one small interface, sync and async.

`httpx` is the floor: raw `httpx.Client` / `httpx.AsyncClient` plus one `json.loads` per body or
per SSE `data:` line; `httpx2` is the same code on raw httpx2. `openrouter` is this library on
httpx and `openrouter-httpx2` this library on httpx2 (the stack is chosen by
`OPENROUTER_HTTP_STACK`, set around the client's construction), `openai` is openai-python
and `openrouter-sdk` the official OpenRouter SDK (PyPI `openrouter`), both pointed at the bench
server. Each adapter does the same work a user would: one chat call, one
stream read to the end (touching every chunk's content, and in the reasoning and tool-call
streams every chunk's reasoning, reasoning details and tool-call arguments), one `/models`
listing. Libraries are
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

CLIENTS = ("httpx", "httpx2", "openrouter", "openrouter-httpx2", "openai", "openrouter-sdk")
SDK = "openrouter-sdk"  # the official OpenRouter SDK, measured in its own environment
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
KIND_HEADER = "X-Bench-Stream"


class StreamResult:
    """What one stream read found: seconds to the first chunk, chunks and characters seen.

    `chars` counts content; the reasoning and tool-call fields are tallied only by readers of
    the `reasoning` and `tools` streams (`raw()` for dicts, `typed()` for SDK objects), so the
    content stream's loop stays what it was: every reader pays the same, and a check finds a
    reader that skipped work.
    """

    __slots__ = ("arguments", "chars", "chunks", "details", "finish", "first", "reasoning")

    def __init__(self) -> None:
        self.first = 0.0
        self.chunks = self.chars = self.reasoning = self.details = self.arguments = 0
        self.finish: str | None = None

    def raw(self, choice: dict[str, Any]) -> None:
        """Tally a decoded JSON choice: reasoning, its details' text, tool-call arguments."""
        delta = choice["delta"]
        reasoning = delta.get("reasoning")
        if reasoning:
            self.reasoning += len(reasoning)
        details = delta.get("reasoning_details")
        if details:
            for detail in details:
                text = detail.get("text")
                if text:
                    self.details += len(text)
        calls = delta.get("tool_calls")
        if calls:
            for call in calls:
                function = call.get("function")
                if function:
                    arguments = function.get("arguments")
                    if arguments:
                        self.arguments += len(arguments)
        finish = choice.get("finish_reason")
        if finish:
            self.finish = finish

    def typed(self, choice: Any) -> None:
        """Tally an SDK's choice object the same way.

        `reasoning` and `reasoning_details` are read with `getattr`: openai-python keeps them
        as extra fields (a string and a list of plain dicts), the OpenRouter SDKs type them.
        """
        delta = choice.delta
        reasoning = getattr(delta, "reasoning", None)
        if reasoning:
            self.reasoning += len(reasoning)
        details = getattr(delta, "reasoning_details", None)
        if details:
            for detail in details:
                text = (
                    detail.get("text")
                    if isinstance(detail, dict)
                    else getattr(detail, "text", None)
                )
                if text:
                    self.details += len(text)
        calls = delta.tool_calls
        if calls:
            for call in calls:
                function = call.function
                if function:
                    arguments = function.arguments
                    if arguments:
                        self.arguments += len(arguments)
        finish = choice.finish_reason
        if finish:
            self.finish = finish

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    @classmethod
    def from_json(cls, values: dict[str, Any]) -> StreamResult:
        result = cls()
        for name in cls.__slots__:
            setattr(result, name, values[name])
        return result


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

    def stream(self, chunks: int, kind: str = "content") -> StreamResult:
        headers = {**self.headers, CHUNKS_HEADER: str(chunks), KIND_HEADER: kind}
        result, deep = StreamResult(), kind != "content"
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
                    choice = choices[0]
                    content = choice["delta"].get("content")
                    if content:
                        chars += len(content)
                    if deep:
                        result.raw(choice)
        result.first, result.chunks, result.chars = first, count, chars
        return result

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

    async def stream(self, chunks: int, kind: str = "content") -> StreamResult:
        headers = {**self.headers, CHUNKS_HEADER: str(chunks), KIND_HEADER: kind}
        result, deep = StreamResult(), kind != "content"
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
                    choice = choices[0]
                    content = choice["delta"].get("content")
                    if content:
                        chars += len(content)
                    if deep:
                        result.raw(choice)
        result.first, result.chunks, result.chars = first, count, chars
        return result

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

    def stream(self, chunks: int, kind: str = "content") -> StreamResult:
        headers = {CHUNKS_HEADER: str(chunks), KIND_HEADER: kind}
        result, deep = StreamResult(), kind != "content"
        started = time.perf_counter()
        first, count, chars = 0.0, 0, 0
        stream = self.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, extra_headers=headers
        )
        with stream:
            for chunk in stream:
                if not count:
                    first = time.perf_counter() - started
                count += 1
                choices = chunk.choices
                if choices:
                    choice = choices[0]
                    content = choice.delta.content
                    if content:
                        chars += len(content)
                    if deep:
                        result.typed(choice)
        result.first, result.chunks, result.chars = first, count, chars
        return result

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

    async def stream(self, chunks: int, kind: str = "content") -> StreamResult:
        headers = {CHUNKS_HEADER: str(chunks), KIND_HEADER: kind}
        result, deep = StreamResult(), kind != "content"
        started = time.perf_counter()
        first, count, chars = 0.0, 0, 0
        stream = await self.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, extra_headers=headers
        )
        async with stream:
            async for chunk in stream:
                if not count:
                    first = time.perf_counter() - started
                count += 1
                choices = chunk.choices
                if choices:
                    choice = choices[0]
                    content = choice.delta.content
                    if content:
                        chars += len(content)
                    if deep:
                        result.typed(choice)
        result.first, result.chunks, result.chars = first, count, chars
        return result

    async def models(self) -> int:
        return len((await self.client.models.list()).data)

    async def close(self) -> None:
        await self.client.close()


# -- the official OpenRouter SDK (PyPI `openrouter`), only importable in its own environment -----
class OfficialSync:
    """The official SDK: `OpenRouter(api_key=..., server_url=<server>/api/v1)`.

    Its chat call is `chat.send(...)`, a stream `chat.send(..., stream=True)` (an iterator of
    typed chunks in the chat.completions shape), the catalogue `models.list()` (its `result`
    holds the listing); extra headers go in `http_headers`. It imports as `openrouter`, like
    this library, so it lives in `bench/.venv-sdk/` and is measured in processes run by that
    interpreter (see `worker.py`).
    """

    def __init__(self, base: str) -> None:
        from openrouter import OpenRouter

        self.name = SDK
        self._exit = contextlib.ExitStack()
        self.client = self._exit.enter_context(
            OpenRouter(api_key=API_KEY, server_url=f"{base}/api/v1")
        )
        self.chat_api = self.client.chat
        self.models_api = self.client.models
        self.stack = stack_of(self.client)

    def chat(self) -> Any:
        return self.chat_api.send(model=MODEL, messages=MESSAGES)

    def stream(self, chunks: int, kind: str = "content") -> StreamResult:
        headers = {CHUNKS_HEADER: str(chunks), KIND_HEADER: kind}
        result, deep = StreamResult(), kind != "content"
        started = time.perf_counter()
        first, count, chars = 0.0, 0, 0
        stream = self.chat_api.send(
            model=MODEL, messages=MESSAGES, stream=True, http_headers=headers
        )
        with stream:
            for chunk in stream:
                if not count:
                    first = time.perf_counter() - started
                count += 1
                choices = chunk.choices
                if choices:
                    choice = choices[0]
                    content = choice.delta.content
                    if content:
                        chars += len(content)
                    if deep:
                        result.typed(choice)
        result.first, result.chunks, result.chars = first, count, chars
        return result

    def models(self) -> int:
        return len(self.models_api.list().result.data)

    def close(self) -> None:
        self._exit.close()


class OfficialAsync:
    """The async twin of `OfficialSync`: the same client's `send_async` / `list_async`."""

    def __init__(self, base: str) -> None:
        from openrouter import OpenRouter

        self.name = SDK
        self.client = OpenRouter(api_key=API_KEY, server_url=f"{base}/api/v1")
        self.chat_api = self.client.chat
        self.models_api = self.client.models
        self.stack = stack_of(self.client)

    async def chat(self) -> Any:
        return await self.chat_api.send_async(model=MODEL, messages=MESSAGES)

    async def stream(self, chunks: int, kind: str = "content") -> StreamResult:
        headers = {CHUNKS_HEADER: str(chunks), KIND_HEADER: kind}
        result, deep = StreamResult(), kind != "content"
        started = time.perf_counter()
        first, count, chars = 0.0, 0, 0
        stream = await self.chat_api.send_async(
            model=MODEL, messages=MESSAGES, stream=True, http_headers=headers
        )
        async with stream:
            async for chunk in stream:
                if not count:
                    first = time.perf_counter() - started
                count += 1
                choices = chunk.choices
                if choices:
                    choice = choices[0]
                    content = choice.delta.content
                    if content:
                        chars += len(content)
                    if deep:
                        result.typed(choice)
        result.first, result.chunks, result.chars = first, count, chars
        return result

    async def models(self) -> int:
        return len((await self.models_api.list_async()).result.data)

    async def close(self) -> None:
        await self.client.__aexit__(None, None, None)  # what `async with OpenRouter(...)` ends with


_RAW = ("httpx", "httpx2")  # raw HTTP clients: the floor and its successor


def make_sync(name: str, base: str) -> Any:
    """The sync adapter for `name` (one of `CLIENTS`) talking to the server at `base`."""
    if name in _RAW:
        return HttpxSync(base, name)
    return OfficialSync(base) if name == SDK else SdkSync(name, base)


def make_async(name: str, base: str) -> Any:
    """The async adapter for `name`; create it inside the event loop that will use it."""
    if name in _RAW:
        return HttpxAsync(base, name)
    return OfficialAsync(base) if name == SDK else SdkAsync(name, base)
