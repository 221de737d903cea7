"""Budgets shared across processes on Redis: atomic, exact, and no hold outlives a dead worker.

Runs against a real redis-server that the test session starts (see tests/redis_server.py).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal, localcontext
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import openrouter
from openrouter import Budget, BudgetExceededError, RedisCostStore
from openrouter.testing import FAKE_API_KEY, FakeOpenRouter
from tests import payloads, redis_workers
from tests.streams import chat_body, event_stream

HELLO = [{"role": "user", "content": "Hello there"}]


@pytest.fixture
def prefix() -> str:
    return f"test-{uuid.uuid4().hex[:12]}:"


@pytest.fixture
def store(redis_url: str, prefix: str) -> Iterator[RedisCostStore]:
    shared = RedisCostStore.from_url(redis_url, prefix=prefix)
    yield shared
    shared.close()


def test_reserve_settle_release_and_charge_keep_exact_decimal_totals(store: RedisCostStore) -> None:
    budget = Budget("1", store=store, name="exact")
    first = budget.reserve(Decimal("0.000000000000000000001"))  # a zepto-dollar
    second = budget.reserve(Decimal("0.3"))
    assert budget.reserved == Decimal("0.300000000000000000001")
    first.settle(Decimal("0.1"))
    second.release()
    budget.charge(Decimal("0.2"))
    assert (budget.spent, budget.reserved) == (
        Decimal("0.3"),
        Decimal(0),
    )  # not 0.30000000000000004
    assert budget.remaining == Decimal("0.7")
    assert "name='exact'" in repr(budget) and "spent=$0.3" in repr(budget)


def test_a_hold_that_exactly_fills_the_limit_fits_and_one_more_fraction_does_not(
    store: RedisCostStore,
) -> None:
    budget = Budget("12.5", store=store, name="edge")
    budget.charge(Decimal("9.999999999999999999"))
    with pytest.raises(BudgetExceededError) as caught:
        budget.reserve(Decimal("2.5000000000000000011"), what="the call")
    assert caught.value.spent == Decimal("9.999999999999999999")
    assert "nothing was sent" in str(caught.value)
    held = budget.reserve(Decimal("2.500000000000000001"))
    assert budget.remaining == 0
    held.settle(None)  # unknown cost: the hold is spent
    assert budget.spent == Decimal("12.5")


amounts = st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(0, 10**30),
    st.integers(0, 30),
)


@settings(max_examples=60, deadline=None)
@given(spent=st.lists(amounts, min_size=1, max_size=4), extra=amounts)
def test_the_servers_decimal_sums_and_comparisons_match_pythons(
    redis_url: str, spent: list[Decimal], extra: Decimal
) -> None:
    # Python's expectations in a context wide enough to be exact too (the default rounds at 28
    # digits; the server never rounds)
    with localcontext() as wide:
        wide.prec = 100
        store = RedisCostStore.from_url(redis_url, prefix="arithmetic:")
        name = uuid.uuid4().hex
        budget = Budget(sum(spent, Decimal(0)) + extra, store=store, name=name)
        for amount in spent:
            budget.charge(amount)
        assert budget.spent == sum(spent, Decimal(0))
        if extra:  # one unit of the last place more than what is left never fits
            with pytest.raises(BudgetExceededError):
                budget.reserve(extra + Decimal(1).scaleb(int(extra.as_tuple().exponent) - 1))
        budget.reserve(extra).settle(extra)  # exactly what is left fits
        assert budget.spent == budget.limit
        store.reset(name)
        store.close()


def test_budgets_are_kept_per_name_and_prefix(redis_url: str, store: RedisCostStore) -> None:
    Budget("1", store=store, name="tenant-a").charge(Decimal("0.4"))
    assert Budget("1", store=store, name="tenant-b").spent == 0
    other = RedisCostStore.from_url(redis_url, prefix=store.prefix)  # another process's view
    assert Budget("1", store=other, name="tenant-a").spent == Decimal("0.4")
    elsewhere = RedisCostStore.from_url(redis_url, prefix=store.prefix + "other:")
    assert Budget("1", store=elsewhere, name="tenant-a").spent == 0
    store.reset("tenant-a")
    assert Budget("1", store=other, name="tenant-a").spent == 0
    other.close()
    elsewhere.close()


def test_processes_racing_on_one_budget_never_pass_it_and_lose_nothing(
    redis_url: str, store: RedisCostStore
) -> None:
    spawn = multiprocessing.get_context("spawn")
    count, limit = 3, "1.5"
    start, out = spawn.Barrier(count), spawn.Queue()  # all race from the same moment
    workers = [
        spawn.Process(
            target=redis_workers.race,
            args=(redis_url, store.prefix, "raced", limit, seed, 120, start, out),
        )
        for seed in range(count)
    ]
    for worker in workers:
        worker.start()
    reports = [out.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=10)
        assert worker.exitcode == 0
    spent, reserved = store.totals("raced")
    assert sum(r[3] for r in reports) == 0  # no snapshot ever showed more than the limit
    assert spent <= Decimal(limit)
    assert reserved == 0
    assert spent == sum(Decimal(r[0]) for r in reports)  # exactly: nothing lost, nothing rounded
    assert sum(r[1] for r in reports) > 20 and sum(r[2] for r in reports) > 0


def test_a_killed_workers_hold_expires_after_its_ttl(redis_url: str, store: RedisCostStore) -> None:
    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Event()
    worker = spawn.Process(
        target=redis_workers.hold_and_die, args=(redis_url, store.prefix, "crashy", ready)
    )
    worker.start()
    try:
        assert ready.wait(timeout=30)
    finally:
        worker.kill()
        worker.join(timeout=10)
    budget = Budget("1", store=store, name="crashy")
    assert budget.reserved == Decimal("0.75")
    with pytest.raises(BudgetExceededError):
        budget.reserve(Decimal("0.5"))
    deadline = time.monotonic() + 5
    while budget.reserved and time.monotonic() < deadline:
        time.sleep(0.05)
    assert budget.reserved == 0 and budget.spent == 0
    budget.reserve(Decimal("0.5")).settle(Decimal("0.25"))
    assert budget.spent == Decimal("0.25")


def test_a_hold_settled_after_it_expired_still_counts_what_was_spent(
    redis_url: str, prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    short = RedisCostStore.from_url(redis_url, prefix=prefix, hold_ttl=0.05)
    budget = Budget("1", store=short, name="late")
    reservation = budget.reserve(Decimal("0.5"))
    time.sleep(0.1)
    assert budget.reserved == 0
    reservation.settle(Decimal("0.125"))
    assert budget.spent == Decimal("0.125")
    assert "settled after its hold of $0.5 expired" in caplog.text
    short.close()


def _clients(fake: FakeOpenRouter, budget: Budget | None) -> tuple[Any, Any]:
    sync = openrouter.OpenRouter(
        api_key=FAKE_API_KEY, http_client=httpx.Client(transport=fake), budget=budget
    )
    async_ = openrouter.AsyncOpenRouter(
        api_key=FAKE_API_KEY, http_client=httpx.AsyncClient(transport=fake), budget=budget
    )
    return sync, async_


def _chat_posts(fake: FakeOpenRouter) -> int:
    return sum(1 for r in fake.requests if r.path.endswith("/chat/completions"))


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_client_refuses_the_call_that_would_pass_a_shared_budget(
    flavour: str, redis_url: str, store: RedisCostStore
) -> None:
    fake = FakeOpenRouter()
    budget = Budget(limit_usd="0.01", store=store, name="tenant-a")
    sync, async_ = _clients(fake, budget)

    def ask() -> Any:
        call = sync if flavour == "sync" else async_
        result = call.chat.completions.create(
            model="openai/gpt-4o-mini", messages=HELLO, max_tokens=50
        )
        return result if flavour == "sync" else asyncio.run(_await(result))

    answer = ask()
    cost = Decimal(str(answer.usage.cost))
    assert budget.spent == cost > 0 and budget.reserved == 0
    # Another process (its own connection, the same name) spends almost all that is left.
    elsewhere = RedisCostStore.from_url(redis_url, prefix=store.prefix)
    Budget(limit_usd="0.01", store=elsewhere, name="tenant-a").charge(Decimal("0.01") - cost)
    with pytest.raises(BudgetExceededError) as caught:
        ask()
    assert "nothing was sent" in str(caught.value)
    assert caught.value.spent == Decimal("0.01")
    assert _chat_posts(fake) == 1
    elsewhere.close()
    sync.close()
    asyncio.run(async_.close())


def test_a_scope_budget_can_be_shared_per_label(store: RedisCostStore) -> None:
    fake = FakeOpenRouter()
    client, async_ = _clients(fake, None)
    Budget(limit_usd="0.01", store=store, name="t-1").charge(Decimal("0.01"))  # spent elsewhere
    for label in ("t-1", "t-2"):
        budget = Budget(limit_usd="0.01", store=store, name=label)
        with client.cost_scope(label=label, budget=budget):
            try:
                client.chat.completions.create(
                    model="openai/gpt-4o-mini", messages=HELLO, max_tokens=50
                )
            except BudgetExceededError:
                assert label == "t-1"
            else:
                assert label == "t-2" and budget.spent > 0
    assert _chat_posts(fake) == 1
    client.close()
    asyncio.run(async_.close())


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_stream_is_stopped_before_it_passes_a_shared_budget(
    flavour: str, store: RedisCostStore
) -> None:
    body = chat_body(*["lorem ipsum dolor "] * 400)

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json=payloads.MODEL_LIST)
        return event_stream(body)

    budget = Budget(limit_usd="0.0009", store=store, name="streamed")
    transport = httpx.MockTransport(answer)
    # max_tokens keeps the reservation small; the running estimate then passes the limit
    ask: dict[str, Any] = {
        "model": "openai/gpt-4o-mini",
        "messages": HELLO,
        "stream": True,
        "max_tokens": 1400,
    }
    if flavour == "sync":
        client = openrouter.OpenRouter(
            api_key=FAKE_API_KEY, http_client=httpx.Client(transport=transport), budget=budget
        )
        with pytest.raises(BudgetExceededError) as caught:  # noqa: SIM117
            with client.chat.completions.create(**ask) as stream:
                for _ in stream:
                    pass
    else:

        async def main() -> None:
            client = openrouter.AsyncOpenRouter(
                api_key=FAKE_API_KEY,
                http_client=httpx.AsyncClient(transport=transport),
                budget=budget,
            )
            async with await client.chat.completions.create(**ask) as stream:
                async for _ in stream:
                    pass

        with pytest.raises(BudgetExceededError) as caught:
            asyncio.run(main())
    assert caught.value.partial["choices"][0]["message"]["content"].startswith("lorem")
    assert budget.reserved == 0
    assert 0 < budget.spent <= budget.limit + Decimal("0.0000006") * 10


def test_an_unreachable_redis_fails_the_call_before_it_is_sent() -> None:
    import redis

    fake = FakeOpenRouter()
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    down = RedisCostStore.from_url(f"redis://127.0.0.1:{port}/0", socket_connect_timeout=0.5)
    sync, async_ = _clients(fake, Budget(limit_usd="1", store=down, name="tenant-a"))
    with pytest.raises(redis.ConnectionError):
        sync.chat.completions.create(model="openai/gpt-4o-mini", messages=HELLO, max_tokens=5)
    assert _chat_posts(fake) == 0
    sync.close()
    asyncio.run(async_.close())


async def _await(value: Any) -> Any:
    return await value


def test_a_shared_budget_needs_a_name_a_positive_hold_ttl_and_plain_amounts(
    store: RedisCostStore,
) -> None:
    with pytest.raises(ValueError, match="needs a name"):
        Budget("1", store=store)
    with pytest.raises(ValueError, match="hold_ttl"):
        RedisCostStore(store.client, hold_ttl=0)
    with pytest.raises(ValueError, match="non-negative"):
        Budget("1", store=store, name="x").charge(Decimal(-1))


def test_import_openrouter_does_not_import_redis() -> None:
    code = (
        "import sys, openrouter\n"
        "openrouter.Budget('1'); openrouter.RedisCostStore\n"
        "assert 'redis' not in sys.modules, 'redis imported eagerly'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
