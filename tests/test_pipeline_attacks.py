"""Attacks on the request pipeline: real-world faults through the public clients, sync and async.

Every test drives `openrouter.OpenRouter` / `AsyncOpenRouter` against the raw-socket loopback
server, which scripts every byte, pause, reset and silence. Each one states a promise of the
pipeline (nothing generated is sent twice, `max_retries=N` means at most N+1 requests, a budget
reservation is settled exactly once however the call ends, each deadline fires for its own
condition, connections return to the pool, malformed input is a typed error).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import pickle
import threading
import weakref
from decimal import Decimal
from typing import Any

import httpx
import pytest

import openrouter
from tests.rawserver import (
    CLOSE,
    HANG,
    Gate,
    RawServer,
    delta,
    event,
    finish,
    head,
    json_response,
    named_event,
    raw_server,
)
from tests.test_pipeline import CATALOGUE, HELLO, MODELS, Api


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _options(server: RawServer, **extra: Any) -> dict[str, Any]:
    options: dict[str, Any] = {
        "base_url": server.url,
        "api_key": "sk-or-v1-test",
        "timeout": httpx.Timeout(10.0),
        "retry_policy": openrouter.RetryPolicy(2, initial_delay=0.01),
    }
    options.update(extra)
    return options


def _budget() -> openrouter.Budget:
    return openrouter.Budget(limit_usd=Decimal("100"))


# -- billing twice ---------------------------------------------------------------------------------


def test_generated_content_in_the_same_chunk_as_an_error_is_not_resent(mode: str) -> None:
    """A provider's last chunk often carries the final delta and the error together."""
    both = event(
        {
            "id": "gen-1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": "Hello"}, "finish_reason": "error"}],
            "error": {"code": 502, "message": "provider failed"},
        }
    )
    second: list[Any] = [head(), delta(content="again"), finish(), CLOSE]
    with raw_server([head(), both, CLOSE], second) as server:
        _chunks, error, _final = Api(mode, server).stream()
    assert server.posts() == 1, "a chunk that carried generated text was billed, then re-sent"
    assert isinstance(error, openrouter.StreamError)
    assert error.partial["choices"][0]["message"]["content"] == "Hello"


RESPONSES = "/api/v1/responses"


def _response_event(kind: str, **fields: Any) -> bytes:
    return named_event(kind, {"type": kind, **fields})


def _responses_ok() -> list[Any]:
    body = {"id": "resp-2", "object": "response", "created_at": 1, "model": "m", "output": []}
    return [
        head(),
        _response_event("response.created", response={**body, "status": "in_progress"}),
        _response_event("response.output_text.delta", delta="again", item_id="i", output_index=0,
                        content_index=0),
        _response_event("response.completed", response={**body, "status": "completed"}),
        CLOSE,
    ]  # fmt: skip


def test_a_failed_response_that_carries_generated_output_is_not_resent(mode: str) -> None:
    """`response.failed` carries the response as it stood: here, a whole generated message."""
    failed = _response_event(
        "response.failed",
        response={
            "id": "resp-1", "object": "response", "created_at": 1, "model": "m", "status": "failed",
            "output": [{"type": "message", "id": "msg-1", "role": "assistant",
                        "status": "completed",
                        "content": [{"type": "output_text", "text": "Hello", "annotations": []}]}],
            "error": {"code": "server_error", "message": "the provider failed"},
        },
    )  # fmt: skip
    with raw_server([head(), failed, CLOSE], _responses_ok()) as server:
        options = _options(server)
        params: dict[str, Any] = {"model": "m", "input": "Hi", "stream": True}
        if mode == "sync":
            with openrouter.OpenRouter(**options) as client:
                try:
                    with client.responses.create(**params) as stream:
                        list(stream)
                except openrouter.OpenRouterError:
                    pass
        else:

            async def run() -> None:
                async with openrouter.AsyncOpenRouter(**options) as client:
                    try:
                        async with await client.responses.create(**params) as stream:
                            async for _event in stream:
                                pass
                    except openrouter.OpenRouterError:
                        pass

            asyncio.run(run())
    assert server.posts(RESPONSES) == 1, "a failed response with generated output was re-sent"


def test_a_redirect_is_not_retried_as_a_server_error(mode: str) -> None:
    moved = (
        b"HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:9/x\r\n"
        b"Content-Length: 0\r\n\r\n"
    )
    with raw_server([moved]) as server:
        _chunks, error, _ = Api(mode, server, max_retries=2).stream()
    assert server.posts() == 1
    assert isinstance(error, openrouter.APIStatusError)
    assert error.status_code == 307


# -- budgets ---------------------------------------------------------------------------------------


class _SignalledWait(openrouter.SystemClock):
    """A real clock that says when the client starts waiting to retry."""

    def __init__(self) -> None:
        self.waiting = asyncio.Event()

    async def asleep(self, seconds: float) -> None:
        self.waiting.set()
        await asyncio.sleep(seconds)


def test_a_call_cancelled_during_its_retry_wait_releases_its_reservation() -> None:
    """Cancel the task while it waits to retry a 503: the reservation must not stay held."""
    busy = json_response(503, {"error": {"code": 503, "message": "busy"}}, retry_after="30")
    budget = openrouter.Budget(limit_usd=Decimal("1.00"))
    with raw_server([busy], routes={MODELS: [CATALOGUE]}) as server:

        async def run() -> None:
            clock = _SignalledWait()
            options = _options(server, budget=budget, clock=clock)
            async with openrouter.AsyncOpenRouter(**options) as client:
                call = asyncio.ensure_future(
                    client.chat.completions.create(model="m", messages=HELLO, max_tokens=20)
                )
                await clock.waiting.wait()  # the 503 was read; the call waits 30 s to retry
                call.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await call

        asyncio.run(run())
    assert server.posts() == 1
    assert budget.reserved == 0, f"a cancelled call left {budget.reserved} reserved forever"


class _InterruptedWait(openrouter.SystemClock):
    """The user presses Ctrl-C while the client waits to retry."""

    def sleep(self, seconds: float) -> None:
        raise KeyboardInterrupt


def test_an_interrupt_during_the_retry_wait_releases_the_reservation() -> None:
    busy = json_response(503, {"error": {"code": 503, "message": "busy"}})
    budget = openrouter.Budget(limit_usd=Decimal("1.00"))
    with raw_server([busy], routes={MODELS: [CATALOGUE]}) as server:
        options = _options(server, budget=budget, clock=_InterruptedWait())
        with openrouter.OpenRouter(**options) as client, pytest.raises(KeyboardInterrupt):
            client.chat.completions.create(model="m", messages=HELLO, max_tokens=20)
    assert server.posts() == 1
    assert budget.reserved == 0, f"an interrupted call left {budget.reserved} reserved forever"


def _forget(*objects: object) -> None:
    """Nothing: the caller drops its references next (the unclosed-stream warning is expected)."""


@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_abandoned_async_stream_settles_its_reservation_when_collected() -> None:
    budget = openrouter.Budget(limit_usd=Decimal("1.00"))
    script: list[Any] = [head(), delta(content="a"), 0.05, delta(content="b"), HANG]
    with raw_server(script, routes={MODELS: [CATALOGUE]}) as server:

        async def run() -> weakref.ref[Any]:
            async with openrouter.AsyncOpenRouter(**_options(server, budget=budget)) as client:
                stream = await client.chat.completions.create(
                    model="m", messages=HELLO, max_tokens=20, stream=True
                )
                async for _chunk in stream:
                    break  # the caller stops reading and forgets the stream (no close)
                ref = weakref.ref(stream)
                _forget(stream, _chunk)
                del stream, _chunk
                gc.collect()
                return ref

        ref = asyncio.run(run())
    assert ref() is None
    assert budget.reserved == 0, f"a collected stream left {budget.reserved} reserved forever"


@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_dropped_stream_is_not_kept_alive_by_the_watchdog() -> None:
    """The caller reads two chunks and drops the stream: collecting it settles the budget."""
    budget = openrouter.Budget(limit_usd=Decimal("1.00"))
    more = threading.Event()  # "b" comes only in a read of its own, which watches idle_timeout
    script: list[Any] = [head(), delta(content="a"), Gate(more), delta(content="b"), HANG]
    with raw_server(script, routes={MODELS: [CATALOGUE]}) as server:
        options = _options(server, budget=budget, idle_timeout=60)
        params: dict[str, Any] = {"model": "m", "messages": HELLO, "max_tokens": 20, "stream": True}
        with openrouter.OpenRouter(**options) as client:
            stream = client.chat.completions.create(**params)
            texts = [next(stream).choices[0].delta.content]
            more.set()
            texts.append(next(stream).choices[0].delta.content)
            ref = weakref.ref(stream)
            del stream
            gc.collect()
            alive = ref() is not None
            reserved = budget.reserved
    assert texts == ["a", "b"]
    assert not alive, "the stream the caller dropped is still referenced (by the watchdog)"
    assert reserved == 0


@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_a_stream_read_to_its_last_chunk_is_not_kept_alive_by_the_watchdog() -> None:
    """Break on the finish chunk (before StopIteration): nothing may keep the stream alive."""
    more = threading.Event()  # the rest comes only in a read of its own, which is watched
    script: list[Any] = [head(), delta(content="a"), Gate(more), delta(content="b"), finish(), HANG]
    with (
        raw_server(script) as server,
        openrouter.OpenRouter(**_options(server, idle_timeout=60)) as client,
    ):
        stream = client.chat.completions.create(model="m", messages=HELLO, stream=True)
        for chunk in stream:
            more.set()
            if chunk.choices and chunk.choices[0].finish_reason:
                break
        ref = weakref.ref(stream)
        del stream, chunk
        gc.collect()
        alive = ref() is not None
    assert not alive, "a finished stream the caller dropped stays referenced forever"


# -- deadlines -------------------------------------------------------------------------------------


def test_a_role_only_first_chunk_is_not_the_first_token(mode: str) -> None:
    """OpenRouter opens many streams with an empty assistant delta, then thinks in silence."""
    script: list[Any] = [head(), delta(role="assistant", content=""), HANG]
    with raw_server(script) as server:
        api = Api(mode, server, first_token_timeout=0.1, timeout=httpx.Timeout(5.0, read=0.6))
        _chunks, error, _ = api.stream()
    assert isinstance(error, openrouter.FirstTokenTimeoutError), repr(error)


def test_a_server_silent_before_its_headers_fires_the_first_token_deadline(mode: str) -> None:
    """No headers, no bytes: first_token_timeout must not wait for the 600 s read timeout."""
    with raw_server([HANG]) as server:
        api = Api(mode, server, first_token_timeout=0.1, timeout=httpx.Timeout(5.0, read=0.6))
        _chunks, error, _ = api.stream()
    assert server.posts() == 1
    assert isinstance(error, openrouter.FirstTokenTimeoutError), repr(error)


def test_anthropic_ping_events_do_not_count_as_data_for_the_deadlines(mode: str) -> None:
    """/messages streams send `event: ping` keep-alives; they must not reset the deadlines."""
    start = named_event(
        "message_start",
        {"type": "message_start", "message": {"id": "msg_1", "type": "message",
                                               "role": "assistant", "content": [], "model": "m"}},
    )  # fmt: skip
    ping = named_event("ping", {"type": "ping"})
    stop = named_event("message_stop", {"type": "message_stop"})
    script: list[Any] = [
        head(),
        start,
        *([ping, 0.05] * 12),
        stop,
        CLOSE,
    ]  # 0.6 s of pings, no content
    params: dict[str, Any] = {"model": "m", "max_tokens": 5, "messages": HELLO, "stream": True}
    with raw_server(script) as server:
        options = _options(server, first_token_timeout=0.2, idle_timeout=0.2)
        if mode == "sync":
            with openrouter.OpenRouter(**options) as client:
                try:
                    with client.messages.create(**params) as stream:
                        stream.get_final_completion()
                    error: BaseException | None = None
                except openrouter.OpenRouterError as exc:
                    error = exc
        else:

            async def run() -> BaseException | None:
                async with openrouter.AsyncOpenRouter(**options) as client:
                    try:
                        async with await client.messages.create(**params) as stream:
                            await stream.get_final_completion()
                    except openrouter.OpenRouterError as exc:
                        return exc
                return None

            error = asyncio.run(run())
    assert isinstance(error, openrouter.APITimeoutError), "0.6 s of pings, no content: no deadline"


def test_get_final_completion_after_a_slow_caller_is_not_an_idle_timeout(mode: str) -> None:
    """The caller spends time elsewhere before reading on; the server then answers promptly."""
    resume = threading.Event()
    script: list[Any] = [
        head(),
        delta(content="a"),
        Gate(resume),
        0.05,
        delta(content="b"),
        finish(),
        CLOSE,
    ]
    params: dict[str, Any] = {"model": "m", "messages": HELLO, "stream": True}
    with raw_server(script) as server:
        options = _options(server, idle_timeout=0.3)
        error: BaseException | None = None
        if mode == "sync":
            with openrouter.OpenRouter(**options) as client:
                stream = client.chat.completions.create(**params)
                with stream:
                    threading.Event().wait(0.4)  # the caller is busy, longer than idle_timeout
                    resume.set()
                    try:
                        stream.get_final_completion()
                    except openrouter.APITimeoutError as exc:
                        error = exc
        else:

            async def run() -> BaseException | None:
                async with openrouter.AsyncOpenRouter(**options) as client:
                    stream = await client.chat.completions.create(**params)
                    async with stream:
                        await asyncio.sleep(0.4)
                        resume.set()
                        try:
                            await stream.get_final_completion()
                        except openrouter.APITimeoutError as exc:
                            return exc
                return None

            error = asyncio.run(run())
    assert error is None, f"the server answered 0.05 s after it was asked, yet: {error!r}"


GATEWAY_KEY = "corp-gateway-s3cret-token"


def _echoing_server() -> Any:
    """A proxy that echoes the key back: in a 503 body and header (retried), then in a 401."""
    busy = json_response(
        503, {"error": {"code": 503, "message": f"upstream refused {GATEWAY_KEY}"}}
    )
    denied = json_response(401, {"error": {"code": 401, "message": f"Invalid key {GATEWAY_KEY}"}})
    return raw_server([busy], [denied])


def _failed_call(mode: str, server: RawServer) -> BaseException:
    options = _options(server, api_key=GATEWAY_KEY)
    if mode == "sync":
        with openrouter.OpenRouter(**options) as client:
            try:
                client.chat.completions.create(model="m", messages=HELLO)
            except openrouter.OpenRouterError as exc:
                return exc
    else:

        async def run() -> BaseException | None:
            async with openrouter.AsyncOpenRouter(**options) as client:
                try:
                    await client.chat.completions.create(model="m", messages=HELLO)
                except openrouter.OpenRouterError as exc:
                    return exc
            return None

        error = asyncio.run(run())
        if error is not None:
            return error
    raise AssertionError("the call did not fail")


def test_a_key_echoed_by_the_server_is_masked_in_the_error_and_the_log(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="openrouter")
    with _echoing_server() as server:
        error = _failed_call(mode, server)
    assert isinstance(error, openrouter.AuthenticationError)
    assert GATEWAY_KEY not in str(error), str(error)
    assert GATEWAY_KEY not in repr(error)
    assert GATEWAY_KEY not in caplog.text, "the retry log line shows the echoed key"


def test_a_status_error_pickles_without_the_key_and_unpickles(mode: str) -> None:
    """A 401 raised in a worker process must reach the parent (and not carry the key there)."""
    with _echoing_server() as server:
        error = _failed_call(mode, server)
    data = pickle.dumps(error)
    again = pickle.loads(data)  # raises TypeError today: the parent sees BrokenProcessPool
    assert type(again) is type(error)
    assert GATEWAY_KEY.encode() not in data


# -- concurrency -----------------------------------------------------------------------------------


def test_threads_waiting_on_a_failed_catalogue_fetch_do_not_each_fetch_it_again() -> None:
    """Single flight must hold when the fetch fails too (the async twin shares one failure)."""
    missing = json_response(404, {"error": {"code": 404, "message": "no such route"}})
    with raw_server([head()], routes={MODELS: [0.1, missing]}) as server:
        options = _options(server, budget=openrouter.Budget(limit_usd=100))
        params: dict[str, Any] = {"model": "m", "messages": HELLO, "max_tokens": 5}
        errors: list[str] = []

        def call() -> None:
            try:
                client.chat.completions.create(**params)
            except openrouter.OpenRouterError as exc:
                errors.append(type(exc).__name__)

        with openrouter.OpenRouter(**options) as client:
            threads = [threading.Thread(target=call) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(10)
    assert errors == ["NotFoundError"] * 8
    assert server.posts(MODELS) == 1, f"{server.posts(MODELS)} GET /models for 8 concurrent calls"
    assert server.posts() == 0


# -- decoding cost ---------------------------------------------------------------------------------
