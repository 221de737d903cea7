"""Client-side rate limits: a sliding window per model or per key, shared by threads and tasks;
it waits (or refuses before sending), limits `:free` models by default, and pauses when the
server says the quota is used up."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

import openrouter
from openrouter._ratelimit import RateLimiter
from openrouter.params import ChatMessage
from tests import payloads
from tests.fakes import FakeClock, Script

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hi"}]
ANSWER = httpx.Response(200, json=payloads.CHAT_COMPLETION)


def calls(mode: str, n: int, model: str = "m", **options: object) -> tuple[Script, FakeClock]:
    """`n` chat calls through one client with a fake clock; returns the script and the clock."""
    clock = FakeClock()
    script = Script([ANSWER] * n)
    if mode == "sync":
        client = openrouter.OpenRouter(
            api_key="k",
            http_client=script.sync_client(),
            clock=clock,
            **options,  # type: ignore[arg-type]
        )
        for _ in range(n):
            client.chat.completions.create(model=model, messages=HELLO)
    else:

        async def go() -> None:
            aclient = openrouter.AsyncOpenRouter(
                api_key="k",
                http_client=script.async_client(),
                clock=clock,
                **options,  # type: ignore[arg-type]
            )
            for _ in range(n):
                await aclient.chat.completions.create(model=model, messages=HELLO)

        asyncio.run(go())
    return script, clock


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_a_window_of_n_requests_a_minute_waits_for_the_oldest_to_leave(mode: str) -> None:
    limit = openrouter.RateLimit(requests_per_minute=2, per="key")
    script, clock = calls(mode, 3, rate_limit=limit)
    assert len(script.requests) == 3
    assert clock.sleeps == [60.0]  # the third request waited for the first to leave the window


def test_free_models_are_limited_by_default_and_not_when_limiting_is_off(mode: str) -> None:
    _, clock = calls(mode, 21, model="meta-llama/llama-3.3-70b-instruct:free")
    assert clock.sleeps == [60.0]  # OpenRouter allows 20 a minute on :free variants
    _, clock = calls(mode, 21, model="meta-llama/llama-3.3-70b-instruct:free", rate_limit=None)
    assert clock.sleeps == []
    _, clock = calls(mode, 21, model="openai/gpt-4o-mini")
    assert clock.sleeps == []


def test_a_non_blocking_limit_refuses_before_sending(mode: str) -> None:
    limit = openrouter.RateLimit(requests_per_minute=1, per="model", block=False)
    with pytest.raises(openrouter.RateLimitError, match="nothing was sent") as refused:
        calls(mode, 2, rate_limit=limit)
    assert refused.value.retry_after == pytest.approx(60.0)


def test_limits_per_model_keep_separate_windows() -> None:
    limiter = RateLimiter(openrouter.RateLimit(requests_per_minute=1))
    assert limiter.reserve("a", 0.0) == (0.0, True)
    assert limiter.reserve("b", 0.0) == (0.0, True)
    assert limiter.reserve("a", 10.0) == (50.0, True)


def test_one_window_is_shared_by_every_thread() -> None:
    limiter = RateLimiter(openrouter.RateLimit(requests_per_minute=5, per="key"))
    waits: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        wait, _ = limiter.reserve(None, 0.0)
        with lock:
            waits.append(wait)

    threads = [threading.Thread(target=take) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(waits) == [0.0] * 5 + [60.0] * 5 + [120.0] * 2


def test_an_exhausted_quota_reported_by_the_server_pauses_the_next_request(mode: str) -> None:
    clock = FakeClock()
    reset_ms = str(int((clock.time() + 30) * 1000))
    exhausted = httpx.Response(
        200,
        json=payloads.CHAT_COMPLETION,
        headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": reset_ms},
    )
    script = Script([exhausted, ANSWER])
    limit = openrouter.RateLimit(requests_per_minute=100, per="key")
    if mode == "sync":
        client = openrouter.OpenRouter(
            api_key="k", http_client=script.sync_client(), clock=clock, rate_limit=limit
        )
        client.chat.completions.create(model="m", messages=HELLO)
        client.chat.completions.create(model="m", messages=HELLO)
    else:

        async def go() -> None:
            aclient = openrouter.AsyncOpenRouter(
                api_key="k", http_client=script.async_client(), clock=clock, rate_limit=limit
            )
            await aclient.chat.completions.create(model="m", messages=HELLO)
            await aclient.chat.completions.create(model="m", messages=HELLO)

        asyncio.run(go())
    assert clock.sleeps == [pytest.approx(30.0)]


def test_bad_limits_are_refused_naming_the_field() -> None:
    with pytest.raises(ValueError, match="requests_per_minute"):
        openrouter.RateLimit(requests_per_minute=0)
    with pytest.raises(ValueError, match="per must be"):
        openrouter.RateLimit(requests_per_minute=5, per="user")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"rate_limit must be an openrouter\.RateLimit"):
        openrouter.OpenRouter(api_key="k", rate_limit=20)  # type: ignore[arg-type]
