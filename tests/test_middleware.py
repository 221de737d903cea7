"""Middleware sees every HTTP attempt (retries and streams included), may change or answer it,
and its errors surface as they are. Sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from openrouter_api.models import ChatCompletion

import openrouter
from openrouter.params import ChatMessage
from tests import payloads
from tests.fakes import FakeClock, Script, error
from tests.streams import chat_body, event_stream

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hi"}]
ANSWER = httpx.Response(200, json=payloads.CHAT_COMPLETION)

SyncNext = Callable[[httpx.Request], httpx.Response]
AsyncNext = Callable[[httpx.Request], Awaitable[httpx.Response]]


class Recorder:
    """Records (attempt, status or error) per attempt and every pipeline event; both forms."""

    def __init__(self, name: str = "recorder", log: list[str] | None = None) -> None:
        self.name = name
        self.log = log if log is not None else []
        self.attempts: list[tuple[int, object]] = []
        self.events: list[openrouter.MiddlewareEvent] = []

    def sync(self, request: httpx.Request, call_next: SyncNext) -> httpx.Response:
        self.log.append(f"{self.name} in")
        request.headers["X-Seen-By"] = request.headers.get("X-Seen-By", "") + self.name
        response = call_next(request)
        self.attempts.append((request.extensions["openrouter"].attempt, response.status_code))
        self.log.append(f"{self.name} out")
        return response

    async def asynchronous(self, request: httpx.Request, call_next: AsyncNext) -> httpx.Response:
        self.log.append(f"{self.name} in")
        request.headers["X-Seen-By"] = request.headers.get("X-Seen-By", "") + self.name
        response = await call_next(request)
        self.attempts.append((request.extensions["openrouter"].attempt, response.status_code))
        self.log.append(f"{self.name} out")
        return response

    def on_event(self, event: openrouter.MiddlewareEvent) -> None:
        self.events.append(event)


class SyncLayer:
    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    def __call__(self, request: httpx.Request, call_next: SyncNext) -> httpx.Response:
        return self.recorder.sync(request, call_next)

    def on_event(self, event: openrouter.MiddlewareEvent) -> None:
        self.recorder.on_event(event)


class AsyncLayer:
    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    async def __call__(self, request: httpx.Request, call_next: AsyncNext) -> httpx.Response:
        return await self.recorder.asynchronous(request, call_next)

    def on_event(self, event: openrouter.MiddlewareEvent) -> None:
        self.recorder.on_event(event)


def run(mode: str, script: Script, recorders: list[Recorder], call: str = "chat") -> Any:
    """Make one call through a client whose middleware are the recorders, in `mode`."""
    options: dict[str, Any] = {"api_key": "k", "clock": FakeClock()}
    if mode == "sync":
        middleware: list[Any] = [SyncLayer(r) for r in recorders]
        with openrouter.OpenRouter(
            http_client=script.sync_client(), middleware=middleware, **options
        ) as client:
            if call == "stream":
                with client.chat.completions.create(model="m", messages=HELLO, stream=True) as s:
                    return s.get_final_completion()
            return client.chat.completions.create(model="m", messages=HELLO)

    async def go() -> Any:
        layers: list[Any] = [AsyncLayer(r) for r in recorders]
        async with openrouter.AsyncOpenRouter(
            http_client=script.async_client(), middleware=layers, **options
        ) as client:
            if call == "stream":
                stream = await client.chat.completions.create(
                    model="m", messages=HELLO, stream=True
                )
                async with stream:
                    return await stream.get_final_completion()
            return await client.chat.completions.create(model="m", messages=HELLO)

    return asyncio.run(go())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_middleware_sees_every_attempt_and_the_retry_decision(mode: str) -> None:
    recorder = Recorder()
    script = Script([error(503), ANSWER])
    assert run(mode, script, [recorder]).choices
    assert recorder.attempts == [(0, 503), (1, 200)]
    started, retrying, ended = recorder.events
    assert isinstance(started, openrouter.CallStarted) and started.call.attempt == 0
    assert isinstance(ended, openrouter.CallEnded) and ended.error is None
    assert started.call.call_id == retrying.call.call_id == ended.call.call_id != 0
    assert isinstance(ended.result, ChatCompletion) and ended.result.choices
    assert isinstance(retrying, openrouter.Retrying)
    assert retrying.call.operation == "create_chat_completion"
    assert isinstance(retrying.error, openrouter.ServiceUnavailableError)
    assert retrying.delay == pytest.approx(0.5)


def test_middleware_runs_outermost_first_and_may_change_the_request(mode: str) -> None:
    log: list[str] = []
    script = Script([ANSWER])
    run(mode, script, [Recorder("a", log), Recorder("b", log)])
    assert log == ["a in", "b in", "b out", "a out"]
    assert script.requests[0].headers["X-Seen-By"] == "ab"


def test_middleware_sees_a_stream_start_and_end_with_its_cost(mode: str) -> None:
    recorder = Recorder()
    final = run(mode, Script([lambda r: event_stream(chat_body("Hi"))]), [recorder], "stream")
    assert final.choices[0].message.content == "Hi"
    kinds = [type(event).__name__ for event in recorder.events]
    assert kinds == ["CallStarted", "StreamStarted", "CallEnded", "StreamEnded"]
    started, ended = recorder.events[1], recorder.events[3]
    assert isinstance(started, openrouter.StreamStarted) and started.call.stream
    assert isinstance(ended, openrouter.StreamEnded)
    assert ended.error is None
    assert ended.cost is not None and float(ended.cost) == pytest.approx(final.usage.cost)


def test_a_middleware_may_answer_without_sending(mode: str) -> None:
    script = Script([])  # any request that reached the network would fail the test

    def cached(request: httpx.Request, call_next: SyncNext) -> httpx.Response:
        return httpx.Response(200, json=payloads.CHAT_COMPLETION, request=request)

    async def acached(request: httpx.Request, call_next: AsyncNext) -> httpx.Response:
        return httpx.Response(200, json=payloads.CHAT_COMPLETION, request=request)

    if mode == "sync":
        client = openrouter.OpenRouter(
            api_key="k", http_client=script.sync_client(), middleware=[cached]
        )
        answer = client.chat.completions.create(model="m", messages=HELLO)
    else:

        async def go() -> Any:
            aclient = openrouter.AsyncOpenRouter(
                api_key="k", http_client=script.async_client(), middleware=[acached]
            )
            return await aclient.chat.completions.create(model="m", messages=HELLO)

        answer = asyncio.run(go())
    assert answer.id == payloads.CHAT_COMPLETION["id"]
    assert script.requests == []


def test_an_exception_in_a_middleware_surfaces_and_is_not_retried(mode: str) -> None:
    script = Script([ANSWER, ANSWER, ANSWER])
    calls: list[int] = []

    def broken(request: httpx.Request, call_next: SyncNext) -> httpx.Response:
        calls.append(1)
        raise LookupError("the audit store is down")

    async def abroken(request: httpx.Request, call_next: AsyncNext) -> httpx.Response:
        calls.append(1)
        raise LookupError("the audit store is down")

    with pytest.raises(LookupError, match="audit store"):
        if mode == "sync":
            openrouter.OpenRouter(
                api_key="k", http_client=script.sync_client(), middleware=[broken]
            ).chat.completions.create(model="m", messages=HELLO)
        else:
            client = openrouter.AsyncOpenRouter(
                api_key="k", http_client=script.async_client(), middleware=[abroken]
            )
            asyncio.run(client.chat.completions.create(model="m", messages=HELLO))
    assert calls == [1]
    assert script.requests == []


def test_with_options_can_replace_the_middleware() -> None:
    first, second = Recorder("first"), Recorder("second")
    script = Script([ANSWER, ANSWER])
    client = openrouter.OpenRouter(
        api_key="k", http_client=script.sync_client(), middleware=[SyncLayer(first)]
    )
    client.chat.completions.create(model="m", messages=HELLO)
    client.with_options(middleware=[SyncLayer(second)]).chat.completions.create(
        model="m", messages=HELLO
    )
    assert len(first.attempts) == 1 and len(second.attempts) == 1


def test_middleware_of_the_wrong_kind_is_refused_naming_it() -> None:
    async def amiddleware(request: httpx.Request, call_next: AsyncNext) -> httpx.Response:
        return await call_next(request)

    def middleware(request: httpx.Request, call_next: SyncNext) -> httpx.Response:
        return call_next(request)

    with pytest.raises(TypeError, match=r"middleware\[0\] is async"):
        openrouter.OpenRouter(api_key="k", middleware=[amiddleware])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"middleware\[1\] must be an async callable"):
        openrouter.AsyncOpenRouter(api_key="k", middleware=[amiddleware, middleware])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"middleware\[0\] must be callable"):
        openrouter.OpenRouter(api_key="k", middleware=["log"])  # type: ignore[list-item]


def test_a_call_that_fails_ends_with_its_error(mode: str) -> None:
    recorder = Recorder()
    with pytest.raises(openrouter.BadRequestError):
        run(mode, Script([error(400)]), [recorder])
    started, ended = recorder.events
    assert isinstance(started, openrouter.CallStarted)
    assert isinstance(ended, openrouter.CallEnded)
    assert isinstance(ended.error, openrouter.BadRequestError) and ended.result is None


def test_integrations_can_add_middleware_to_a_client_or_to_every_new_client() -> None:
    from openrouter._middleware import add_to_every_client, remove_from_every_client

    script = Script([ANSWER, ANSWER, ANSWER])
    existing = openrouter.OpenRouter(api_key="k", http_client=script.sync_client())
    existing.chat.completions.create(model="m", messages=HELLO)  # resources already made
    late = Recorder("late")
    existing._use_middleware(SyncLayer(late))
    existing.chat.completions.create(model="m", messages=HELLO)
    assert len(late.attempts) == 1

    everywhere = Recorder("everywhere")
    layer = SyncLayer(everywhere)
    add_to_every_client(layer, AsyncLayer(everywhere))
    try:
        fresh = openrouter.OpenRouter(api_key="k", http_client=script.sync_client())
        fresh.chat.completions.create(model="m", messages=HELLO)
    finally:
        remove_from_every_client(layer)
    assert len(everywhere.attempts) == 1
    assert openrouter.OpenRouter(api_key="k")._config.middleware == ()


def test_a_stream_that_ended_with_its_first_read_still_tells_its_end(mode: str) -> None:
    recorder = Recorder()
    whole = Script([lambda r: event_stream(chat_body("Hi"), "whole")])
    assert run(mode, whole, [recorder], "stream").choices[0].message.content == "Hi"
    kinds = [type(event).__name__ for event in recorder.events]
    assert kinds == ["CallStarted", "StreamStarted", "StreamEnded", "CallEnded"]
    ended = recorder.events[2]
    assert isinstance(ended, openrouter.StreamEnded) and ended.cost is not None
