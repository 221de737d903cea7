"""The request pipeline under real faults: a raw-socket server controls every byte and pause.

Each test runs on both clients. The promises: nothing generated is sent (or billed) twice,
every event reaches the caller as soon as it is decoded, `max_retries=N` means at most N+1
requests, budgets count what may have been billed, and a stream ends for its own reason.
"""

from __future__ import annotations

import asyncio
import json
import threading
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import httpx
import pytest

import openrouter
from openrouter.params import ChatMessage
from tests.rawserver import (
    CLOSE,
    HANG,
    RESET,
    Gate,
    RawServer,
    Script,
    delta,
    error_event,
    event,
    finish,
    head,
    json_response,
    raw_server,
)
from tests.typed import partial

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hi"}]
MODELS = "/api/v1/models"
# 2 cents a token both ways: with max_tokens=20 and a short prompt, the worst case is over $0.40.
CATALOGUE = json_response(
    200,
    {
        "data": [
            {
                "id": "m",
                "context_length": 1000,
                "pricing": {"prompt": "0.02", "completion": "0.02"},
                "top_provider": {"max_completion_tokens": 100},
            }
        ]
    },
)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Api:
    """The same calls on either client, run to completion (async ones in a fresh event loop)."""

    def __init__(self, mode: str, server: RawServer, **options: Any) -> None:
        self.mode = mode
        options.setdefault("api_key", "sk-or-v1-test")
        options.setdefault("timeout", httpx.Timeout(10.0))
        retries = options.pop("max_retries", 2)  # with short waits: these tests count requests
        options.setdefault("retry_policy", openrouter.RetryPolicy(retries, initial_delay=0.01))
        self.options = {"base_url": server.url, **options}

    def _sync(self) -> openrouter.OpenRouter:
        return openrouter.OpenRouter(**self.options)

    def _async(self) -> openrouter.AsyncOpenRouter:
        return openrouter.AsyncOpenRouter(**self.options)

    def create(self, **params: Any) -> Any:
        params = {"model": "m", "messages": HELLO, **params}
        if self.mode == "sync":
            with self._sync() as client:
                return client.chat.completions.create(**params)

        async def run() -> Any:
            async with self._async() as client:
                return await client.chat.completions.create(**params)

        return asyncio.run(run())

    def stream(
        self, on_chunk: Callable[[Any], None] = lambda chunk: None, **params: Any
    ) -> tuple[list[Any], BaseException | None, Any]:
        """Read a chat stream: (chunks, the error it raised or None, the final completion)."""
        params = {"model": "m", "messages": HELLO, "stream": True, **params}
        chunks: list[Any] = []
        if self.mode == "sync":
            with self._sync() as client:
                try:
                    with client.chat.completions.create(**params) as stream:
                        for chunk in stream:
                            chunks.append(chunk)
                            on_chunk(chunk)
                        return chunks, None, stream.get_final_completion()
                except openrouter.OpenRouterError as error:
                    return chunks, error, None

        async def run() -> tuple[list[Any], BaseException | None, Any]:
            async with self._async() as client:
                try:
                    stream = await client.chat.completions.create(**params)
                    async with stream:
                        async for chunk in stream:
                            chunks.append(chunk)
                            on_chunk(chunk)
                        return chunks, None, await stream.get_final_completion()
                except openrouter.OpenRouterError as error:
                    return chunks, error, None

        return asyncio.run(run())


# -- 1. billable output is never sent twice ------------------------------------------------------


@pytest.mark.parametrize(
    "generated",
    [
        delta(reasoning="Let me think"),
        delta(reasoning_details=[{"type": "reasoning.text", "text": "step one"}]),
        delta(tool_calls=[{"index": 0, "id": "c1", "function": {"name": "f", "arguments": "{"}}]),
        delta(content="Hel"),
    ],
    ids=["reasoning", "reasoning_details", "tool_calls", "content"],
)
def test_an_error_after_generated_output_raises_with_the_partial_and_is_not_resent(
    mode: str, generated: bytes
) -> None:
    with raw_server([head(), generated, 0.05, error_event(502), CLOSE]) as server:
        chunks, error, _ = Api(mode, server).stream()
    assert isinstance(error, openrouter.StreamError)
    assert error.code == 502
    assert server.posts() == 1
    assert len(chunks) == 1
    message = partial(error)["choices"][0]["message"]
    assert (
        message.get("reasoning")
        or message.get("reasoning_details")
        or message.get("tool_calls")
        or message.get("content")
    )


def test_content_and_an_error_in_one_read_deliver_the_content_then_raise(mode: str) -> None:
    with raw_server([head(), delta(content="Hel") + error_event(502), CLOSE]) as server:
        chunks, error, _ = Api(mode, server).stream()
    assert isinstance(error, openrouter.StreamError)
    assert [c.choices[0].delta.content for c in chunks] == ["Hel"]
    assert partial(error)["choices"][0]["message"]["content"] == "Hel"
    assert server.posts() == 1


def test_an_error_before_anything_was_generated_is_retried(mode: str) -> None:
    first: Script = [head(), error_event(502), CLOSE]
    second: Script = [head(), delta(content="ok"), finish(cost=0.001), CLOSE]
    with raw_server(first, second) as server:
        _chunks, error, final = Api(mode, server, max_retries=1).stream()
    assert error is None
    assert final.choices[0].message.content == "ok"
    assert server.posts() == 2


# -- 2. every event reaches the caller as soon as it is decoded ----------------------------------


def test_reasoning_reaches_the_caller_while_the_server_is_still_thinking(mode: str) -> None:
    seen_reasoning = threading.Event()
    script: Script = [
        head(),
        delta(reasoning="thinking"),
        Gate(seen_reasoning),  # the server sends the answer only once the caller saw reasoning
        delta(content="answer"),
        finish(),
        CLOSE,
    ]

    def on_chunk(chunk: Any) -> None:
        if chunk.choices and chunk.choices[0].delta.reasoning:
            seen_reasoning.set()

    with raw_server(script) as server:
        _chunks, error, final = Api(mode, server).stream(on_chunk)
    assert error is None
    assert final.choices[0].message.content == "answer"
    assert final.choices[0].message.reasoning == "thinking"


def test_events_that_arrive_with_done_are_delivered_without_waiting_for_the_body_to_end(
    mode: str,
) -> None:
    received = threading.Event()
    # The server ends the body only once the caller has the chunk that came with [DONE].
    script: Script = [head(), delta(content="all") + finish(), Gate(received, timeout=3), CLOSE]
    with raw_server(script) as server:
        _chunks, error, final = Api(mode, server).stream(lambda chunk: received.set())
    assert error is None
    assert final.choices[0].message.content == "all"
    assert server.gates_missed == 0


# -- 3. one attempt count ------------------------------------------------------------------------


def test_max_retries_bounds_the_requests_of_a_stream(mode: str) -> None:
    early_error: Script = [head(), error_event(502), CLOSE]
    status_503: Script = [json_response(503, {"error": {"code": 503, "message": "busy"}})]
    with raw_server(status_503, early_error, status_503, early_error) as server:
        _, error, _ = Api(mode, server, max_retries=2).stream()
    assert isinstance(error, openrouter.APIStatusError)
    assert server.posts() == 3


# -- 4. a request the server received whole is not sent again ------------------------------------


@pytest.mark.parametrize("fault", [[RESET], [HANG]], ids=["reset", "silence"])
def test_a_generation_is_not_sent_again_after_the_server_received_it(
    mode: str, fault: list[Any]
) -> None:
    with raw_server(fault) as server:
        api = Api(mode, server, max_retries=2, timeout=httpx.Timeout(5.0, read=0.5))
        with pytest.raises(openrouter.APIConnectionError):
            api.create()
    assert server.posts() == 1


def test_an_idempotent_read_is_sent_again_after_a_reset(mode: str) -> None:
    models = json_response(200, {"data": []})
    with raw_server([RESET], [RESET], [models]) as server:
        policy = openrouter.RetryPolicy(max_retries=2, initial_delay=0.01)
        options: dict[str, Any] = {"base_url": server.url, "api_key": "k", "retry_policy": policy}
        if mode == "sync":
            with openrouter.OpenRouter(**options) as client:
                assert client.models.list().data == []
        else:
            assert asyncio.run(_list_models(options)).data == []
    assert server.posts(MODELS) == 3


async def _list_models(options: dict[str, Any]) -> Any:
    async with openrouter.AsyncOpenRouter(**options) as client:
        return await client.models.list()


# -- 5. budgets count what may have been billed ----------------------------------------------------


def _cut_body() -> list[Any]:
    return [
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n",
        b'{"id": "gen-1", "choices": [',
        CLOSE,
    ]


def test_a_success_whose_body_was_cut_is_charged_to_the_budget(mode: str) -> None:
    budget = openrouter.Budget(limit_usd=Decimal("1.00"))
    with raw_server(_cut_body(), routes={MODELS: [CATALOGUE]}) as server:
        api = Api(mode, server, budget=budget)
        failures = []
        for _ in range(5):
            try:
                api.create(max_tokens=20)
            except openrouter.OpenRouterError as error:
                failures.append(type(error))
    assert failures[:2] == [openrouter.APIConnectionError] * 2
    assert set(failures[2:]) == {openrouter.BudgetExceededError}
    assert server.posts() == 2
    assert Decimal("0.80") <= budget.spent <= Decimal("1.00")


def test_the_running_estimate_of_a_stream_counts_reasoning_and_tool_calls(mode: str) -> None:
    budget = openrouter.Budget(limit_usd=Decimal("0.60"))
    thinking = [delta(reasoning="x" * 30) for _ in range(10)]
    script: Script = [head(), *thinking, delta(content="late"), finish(), CLOSE]
    with raw_server(script, routes={MODELS: [CATALOGUE]}) as server:
        chunks, error, _ = Api(mode, server, budget=budget).stream(max_tokens=20)
    assert isinstance(error, openrouter.BudgetExceededError)
    assert all(not c.choices[0].delta.content for c in chunks)


def test_concurrent_first_calls_fetch_the_catalogue_once(mode: str) -> None:
    answer = json_response(
        200,
        {
            "id": "gen-1",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "cost": 0.001},
        },
    )
    with raw_server([answer], routes={MODELS: [0.2, CATALOGUE]}) as server:
        options: dict[str, Any] = {
            "base_url": server.url,
            "api_key": "k",
            "budget": openrouter.Budget(limit_usd=100),
        }
        params: dict[str, Any] = {"model": "m", "messages": HELLO, "max_tokens": 5}
        if mode == "sync":
            with openrouter.OpenRouter(**options) as client, ThreadPoolExecutor(10) as pool:
                list(pool.map(lambda _: client.chat.completions.create(**params), range(10)))
        else:

            async def run() -> None:
                async with openrouter.AsyncOpenRouter(**options) as aclient:
                    calls = [aclient.chat.completions.create(**params) for _ in range(10)]
                    await asyncio.gather(*calls)

            asyncio.run(run())
    assert server.posts(MODELS) == 1
    assert server.posts() == 10


def test_a_stream_belongs_to_the_scope_it_was_created_in(mode: str) -> None:
    script: Script = [head(), delta(content="ok"), finish(cost=0.25), CLOSE]
    with raw_server(script) as server:
        options: dict[str, Any] = {"base_url": server.url, "api_key": "k"}
        params: dict[str, Any] = {"model": "m", "messages": HELLO, "stream": True}
        if mode == "sync":
            with openrouter.OpenRouter(**options) as client:
                with client.cost_scope(label="tenant") as scope:
                    stream = client.chat.completions.create(**params)
                with stream:
                    stream.get_final_completion()
        else:

            async def run() -> Any:
                async with openrouter.AsyncOpenRouter(**options) as aclient:
                    with aclient.cost_scope(label="tenant") as scope:
                        stream = await aclient.chat.completions.create(**params)
                    async with stream:
                        await stream.get_final_completion()
                    return scope

            scope = asyncio.run(run())
    assert scope.total == Decimal("0.25")
    assert scope.by_label() == {"tenant": Decimal("0.25")}


# -- 7. stream lifecycle ---------------------------------------------------------------------------


def test_close_from_another_thread_ends_a_read_blocked_on_a_silent_server() -> None:
    with raw_server([head(), delta(content="a"), HANG]) as server:
        client = openrouter.OpenRouter(base_url=server.url, api_key="k")
        stream = client.chat.completions.create(model="m", messages=HELLO, stream=True)
        received: list[Any] = []
        reader = threading.Thread(target=lambda: received.extend(stream), daemon=True)
        reader.start()
        reader.join(0.3)
        assert reader.is_alive()  # blocked: the server is silent
        stream.close()
        reader.join(5)
        assert not reader.is_alive()
        client.close()
    assert [c.choices[0].delta.content for c in received] == ["a"]
    assert stream.closed


def test_the_first_token_deadline_waits_for_the_first_token_only(mode: str) -> None:
    script: Script = [head(), 0.6, delta(content="late"), finish(), CLOSE]
    with raw_server(script) as server:
        _, error, final = Api(mode, server, idle_timeout=0.2, first_token_timeout=5).stream()
    assert error is None  # 0.6 s to the first token is within first_token_timeout
    assert final.choices[0].message.content == "late"


def test_a_silent_server_fires_the_first_token_deadline(mode: str) -> None:
    script: Script = [head(), b": OPENROUTER PROCESSING\n\n", HANG]
    with raw_server(script) as server:
        _, error, _ = Api(mode, server, first_token_timeout=0.3, idle_timeout=5).stream()
    assert isinstance(error, openrouter.FirstTokenTimeoutError)
    assert "first_token_timeout" in str(error)


def test_silence_after_data_fires_the_idle_deadline_with_the_partial(mode: str) -> None:
    keepalives: Script = [b": OPENROUTER PROCESSING\n\n", 0.1] * 3
    script: Script = [head(), delta(content="so far"), *keepalives, HANG]
    with raw_server(script) as server:
        _chunks, error, _ = Api(mode, server, first_token_timeout=5, idle_timeout=0.2).stream()
    assert isinstance(error, openrouter.IdleTimeoutError)
    assert "idle_timeout" in str(error)
    assert partial(error)["choices"][0]["message"]["content"] == "so far"


def test_a_caller_that_pauses_is_not_the_server_going_silent(mode: str) -> None:
    paused = threading.Event()

    def pause(chunk: Any) -> None:
        if not paused.is_set():
            paused.set()
            threading.Event().wait(0.5)  # the caller is busy for longer than idle_timeout

    script: Script = [head(), delta(content="a"), 0.05, delta(content="b"), HANG]
    with raw_server(script) as server:
        chunks, error, _ = Api(mode, server, idle_timeout=0.3).stream(pause)
    assert [c.choices[0].delta.content for c in chunks] == ["a", "b"]
    assert isinstance(error, openrouter.IdleTimeoutError)  # the silence after "b" still counts


def test_final_completion_memory_follows_the_result_not_the_event_count() -> None:
    events = b"".join(delta(content="x") for _ in range(20_000))
    with raw_server([head(), events, finish(), CLOSE]) as server:
        client = openrouter.OpenRouter(base_url=server.url, api_key="k")
        with (
            client,
            client.chat.completions.create(model="m", messages=HELLO, stream=True) as stream,
        ):
            tracemalloc.start()
            final = stream.get_final_completion()
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    assert final.choices[0].message.content == "x" * 20_000
    assert peak < 4_000_000  # keeping 20,000 parsed events would take tens of megabytes


def test_a_json_error_envelope_answering_a_stream_request_is_the_typed_error(mode: str) -> None:
    envelope = json_response(200, {"error": {"code": 402, "message": "Insufficient credits"}})
    with raw_server([envelope]) as server:
        _, error, _ = Api(mode, server, max_retries=2).stream()
    assert isinstance(error, openrouter.PaymentRequiredError)
    assert server.posts() == 1


def test_a_whole_completion_answering_a_stream_request_is_a_one_chunk_stream(mode: str) -> None:
    whole = {
        "id": "gen-9",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "whole"},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "cost": 0.002},
    }
    with raw_server([json_response(200, whole)]) as server:
        chunks, error, final = Api(mode, server).stream()
    assert error is None
    assert [c.choices[0].delta.content for c in chunks] == ["whole"]
    assert final.choices[0].message.content == "whole"
    assert final.usage.cost == pytest.approx(0.002)


def test_a_malformed_chunk_raises_a_validation_error_with_the_event(mode: str) -> None:
    broken = event({"choices": [{"index": 0, "delta": {"tool_calls": [{"function": 5}]}}]})
    with raw_server([head(), delta(content="a"), broken, CLOSE]) as server:
        chunks, error, _ = Api(mode, server).stream()
    assert isinstance(error, openrouter.ResponseValidationError)
    assert json.loads(error.body)["choices"][0]["delta"]["tool_calls"] == [{"function": 5}]
    assert [c.choices[0].delta.content for c in chunks] == ["a"]


def test_a_string_error_in_a_chunk_is_a_stream_error(mode: str) -> None:
    with raw_server([head(), delta(content="a"), event({"error": "upstream broke"}), CLOSE]) as srv:
        _, error, _ = Api(mode, srv).stream()
    assert isinstance(error, openrouter.StreamError)
    assert "upstream broke" in str(error)


def test_a_call_after_close_is_a_connection_error_not_a_runtime_error() -> None:
    client = openrouter.OpenRouter(api_key="k", base_url="http://127.0.0.1:9/api/v1")
    client.close()
    with pytest.raises(openrouter.APIConnectionError, match="closed"):
        client.chat.completions.create(model="m", messages=HELLO)


# -- raw mode is a flag of the call ----------------------------------------------------------------


def test_raw_mode_keeps_internal_calls_working(mode: str) -> None:
    from decimal import Decimal

    from openrouter.testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, FakeOpenRouter

    fake = FakeOpenRouter()
    budget = openrouter.Budget(limit_usd=Decimal(5))
    params: dict[str, Any] = {"model": "openai/gpt-4o-mini", "messages": HELLO, "max_tokens": 10}

    if mode == "sync":
        client = openrouter.OpenRouter(
            api_key=FAKE_API_KEY, http_client=httpx.Client(transport=fake), budget=budget
        )
        raw = client.with_raw_response
        answer = raw.chat.completions.create(**params)  # the budget fetches prices first
        catalogue = raw.models.catalogue()
        balance = raw.with_options(api_key=FAKE_MANAGEMENT_KEY).credits.get()
    else:

        async def run() -> tuple[Any, Any, Any]:
            async with httpx.AsyncClient(transport=fake) as http:
                aclient = openrouter.AsyncOpenRouter(
                    api_key=FAKE_API_KEY, http_client=http, budget=budget
                )
                raw = aclient.with_raw_response
                return (
                    await raw.chat.completions.create(**params),
                    await raw.models.catalogue(),
                    await raw.with_options(api_key=FAKE_MANAGEMENT_KEY).credits.get(),
                )

        answer, catalogue, balance = asyncio.run(run())
    assert answer.status_code == 200
    assert answer.parse().choices[0].message.content
    assert catalogue.price("openai/gpt-4o-mini").prompt > 0
    assert balance.status_code == 200 and balance.parse().data.total_credits >= 0
    assert budget.spent > 0 and budget.reserved == 0
