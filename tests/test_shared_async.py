"""On an event loop, a budget on Redis never makes the loop wait for Redis.

The server is paused (`CLIENT PAUSE ... WRITE`: every script waits) while other tasks keep
running; what is asserted is the order of events, never a duration.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import redis

import openrouter
from openrouter import Budget, BudgetExceededError, RedisCostStore
from openrouter.params import ChatMessage
from openrouter.testing import FAKE_API_KEY, FakeOpenRouter
from tests.redis_workers import cost_of

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hello there"}]
PAUSE_MS = 20_000  # how long a test that blocked the loop would wait before failing


@pytest.fixture
def store(redis_url: str) -> Iterator[RedisCostStore]:
    shared = RedisCostStore.from_url(redis_url, prefix=f"test-{uuid.uuid4().hex[:12]}:")
    yield shared
    shared.close()


@pytest.fixture
def control(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    yield client
    client.client_unpause()
    client.close()


class Ticker:
    """A task that counts its turns on the loop (`async with`: stopped on the way out)."""

    def __init__(self) -> None:
        self.ticks = 0
        self.task = asyncio.ensure_future(self._run())

    async def __aenter__(self) -> Ticker:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.stop()

    async def _run(self) -> None:
        while True:
            self.ticks += 1
            await asyncio.sleep(0)

    async def until(self, ticks: int, busy: asyncio.Future[Any]) -> None:
        """Yield until the ticker has run `ticks` more times or `busy` is done."""
        target = self.ticks + ticks
        while self.ticks < target and not busy.done():
            await asyncio.sleep(0)

    def stop(self) -> None:
        self.task.cancel()


async def test_a_reservation_waits_for_a_paused_redis_while_the_loop_runs_on(
    store: RedisCostStore, control: redis.Redis
) -> None:
    budget = Budget("1", store=store, name="paused")
    (await budget.reserve_async(Decimal("0.125"))).release()  # connected, scripts loaded
    control.client_pause(PAUSE_MS, all=False)
    async with Ticker() as ticker:
        reserving = asyncio.ensure_future(budget.reserve_async(Decimal("0.25")))
        await ticker.until(100, reserving)
        done = reserving.done()
        control.client_unpause()
        reservation = await reserving
    assert not done  # it still waited on Redis after the ticker had run 100 times
    assert reservation.hold and budget.reserved == Decimal("0.25")
    reservation.settle(Decimal("0.2"))
    assert budget.totals() == (Decimal("0.2"), Decimal(0))
    await store.aclose()


async def test_an_async_call_settles_without_waiting_for_a_paused_redis(
    store: RedisCostStore, control: redis.Redis
) -> None:
    budget = Budget("1", store=store, name="settling")

    async def answer(request: httpx.Request) -> httpx.Response:
        response = await fake.handle_async_request(request)
        if request.url.path.endswith("/chat/completions"):
            control.client_pause(PAUSE_MS, all=False)  # reserved already; settling would wait
        return response

    fake = FakeOpenRouter()
    client = openrouter.AsyncOpenRouter(
        api_key=FAKE_API_KEY,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)),
        budget=budget,
    )
    async with Ticker() as ticker:
        result = await client.chat.completions.create(
            model="openai/gpt-4o-mini", messages=HELLO, max_tokens=50
        )
        # The call is back while Redis still holds the settlement: nothing spent there yet.
        spent_then = control.hget(store.key("settling"), "spent")
        control.client_unpause()
    assert spent_then is None
    assert ticker.ticks > 0
    cost = cost_of(result)
    assert await budget.totals_async() == (cost, Decimal(0))  # reads wait for our own writes
    assert budget.spent == cost > 0 and budget.reserved == 0
    await client.close()
    await store.aclose()


async def test_a_cancelled_reservation_leaves_no_hold_behind(
    store: RedisCostStore, control: redis.Redis
) -> None:
    budget = Budget("1", store=store, name="cancelled")
    (await budget.reserve_async(Decimal("0.125"))).release()
    control.client_pause(PAUSE_MS, all=False)
    reserving = asyncio.ensure_future(budget.reserve_async(Decimal("0.5")))
    async with Ticker() as ticker:
        await ticker.until(50, reserving)
    reserving.cancel()
    with pytest.raises(asyncio.CancelledError):
        await reserving
    control.client_unpause()
    # the hold Redis took after the caller left was dropped
    assert await budget.totals_async() == (Decimal(0), Decimal(0))
    assert budget.remaining == 1
    await store.aclose()


async def test_an_async_refusal_names_what_was_left(store: RedisCostStore) -> None:
    budget = Budget("0.5", store=store, name="refused")
    budget.charge(Decimal("0.375"))
    with pytest.raises(BudgetExceededError, match=r"\$0.125 of \$0.5"):
        await budget.reserve_async(Decimal("0.25"))
    await store.aclose()


async def test_a_store_without_an_async_client_reserves_in_a_thread(redis_url: str) -> None:
    store = RedisCostStore(redis.Redis.from_url(redis_url), prefix=f"{uuid.uuid4().hex}:")
    budget = Budget("1", store=store, name="threaded")
    reservation = await budget.reserve_async(Decimal("0.25"))
    assert budget.reserved == Decimal("0.25")
    reservation.settle(Decimal("0.125"))
    assert budget.spent == Decimal("0.125")
    store.close()


async def test_a_given_async_client_is_used_for_reservations(redis_url: str) -> None:
    import redis.asyncio

    given = redis.asyncio.Redis.from_url(redis_url)
    store = RedisCostStore(
        redis.Redis.from_url(redis_url), prefix=f"{uuid.uuid4().hex}:", async_client=given
    )
    budget = Budget("1", store=store, name="given")
    (await budget.reserve_async(Decimal("0.25"))).settle(Decimal("0.25"))
    assert budget.spent == Decimal("0.25")
    await given.aclose()
    store.close()


async def test_an_unreachable_redis_fails_an_async_call_before_it_is_sent() -> None:
    import socket

    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    down = RedisCostStore.from_url(f"redis://127.0.0.1:{port}/0", socket_connect_timeout=0.5)
    fake = FakeOpenRouter()
    client = openrouter.AsyncOpenRouter(
        api_key=FAKE_API_KEY,
        http_client=httpx.AsyncClient(transport=fake),
        budget=Budget(limit_usd="1", store=down, name="tenant-a"),
    )
    with pytest.raises(redis.ConnectionError):
        await client.chat.completions.create(
            model="openai/gpt-4o-mini", messages=HELLO, max_tokens=5
        )
    assert not [r for r in fake.requests if r.path.endswith("/chat/completions")]
    await client.close()
    await down.aclose()
