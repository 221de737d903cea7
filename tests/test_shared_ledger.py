"""Ledgers whose totals live in a `CostStore`: one set of totals per name, shared by processes.

The in-memory tests need nothing; the Redis ones run against the redis-server the test session
starts (see tests/redis_server.py).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import socket
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

import openrouter
from openrouter import CostRecord, Ledger, MemoryCostStore, RedisCostStore
from openrouter.params import ChatMessage
from openrouter.testing import FAKE_API_KEY, FakeOpenRouter
from tests import redis_workers
from tests.redis_workers import cost_of

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hello there"}]


def _record(cost: str, model: str = "m", labels: tuple[str, ...] = ()) -> CostRecord:
    return CostRecord(None, model, None, 1, 1, Decimal(cost), labels)


@pytest.fixture
def store(redis_url: str) -> Iterator[RedisCostStore]:
    shared = RedisCostStore.from_url(redis_url, prefix=f"test-{uuid.uuid4().hex[:12]}:")
    yield shared
    shared.close()


def test_a_ledger_without_a_store_keeps_its_own_totals() -> None:
    ledger = Ledger()
    ledger.add(_record("0.1", labels=("a",)))
    assert (ledger.store, ledger.name) == (None, None)
    assert (ledger.total, ledger.count, ledger.by_label()) == (
        Decimal("0.1"),
        1,
        {"a": Decimal("0.1")},
    )
    assert Ledger().total == 0


def test_ledgers_of_one_name_in_one_store_share_their_totals() -> None:
    store = MemoryCostStore()
    first, second = Ledger(store=store, name="svc"), Ledger(store=store, name="svc")
    other = Ledger(store=store, name="other")
    first.add(_record("0.1", "m1", ("tenant-a",)))
    second.add(_record("0.2", "m2", ("tenant-a", "batch")))
    second.add(_record("0.3"))
    for ledger in (first, second):
        assert ledger.total == Decimal("0.6") and ledger.count == 3
        assert ledger.by_model() == {
            "m1": Decimal("0.1"),
            "m2": Decimal("0.2"),
            "m": Decimal("0.3"),
        }
        assert ledger.by_label() == {
            "tenant-a": Decimal("0.3"),
            "batch": Decimal("0.2"),
            "(none)": Decimal("0.3"),
        }
    assert other.total == 0 and other.count == 0
    assert len(first.records) == 1 and len(second.records) == 2  # records stay per process
    assert "ledger 'svc': 3 call(s), $0.6" in str(first)
    assert repr(first) == "<Ledger name='svc' calls=3 total=$0.6>"


def test_a_ledger_with_a_store_needs_a_name_and_a_real_store() -> None:
    with pytest.raises(ValueError, match="needs a name"):
        Ledger(store=MemoryCostStore())
    with pytest.raises(TypeError, match="CostStore"):
        Ledger(store=object(), name="x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="empty"):
        Ledger(name="")
    with pytest.raises(TypeError, match=r"openrouter\.Ledger"):
        openrouter.OpenRouter(api_key=FAKE_API_KEY, ledger="svc")  # type: ignore[arg-type]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_clients_given_one_ledger_record_into_it_by_label(flavour: str) -> None:
    store = MemoryCostStore()
    fake = FakeOpenRouter()
    costs: list[Decimal] = []

    async def ask_async(label: str) -> None:
        client = openrouter.AsyncOpenRouter(
            api_key=FAKE_API_KEY,
            http_client=httpx.AsyncClient(transport=fake),
            ledger=Ledger(store=store, name="svc"),
        )
        with client.cost_scope(label=label):
            answer = await client.chat.completions.create(
                model="openai/gpt-4o-mini", messages=HELLO, max_tokens=5
            )
        costs.append(cost_of(answer))
        await client.close()

    for label in ("tenant-a", "tenant-b", "tenant-a"):
        if flavour == "async":
            asyncio.run(ask_async(label))
            continue
        with openrouter.OpenRouter(
            api_key=FAKE_API_KEY,
            http_client=httpx.Client(transport=fake),
            ledger=Ledger(store=store, name="svc"),
        ) as client:
            with client.cost_scope(label=label):
                answer = client.chat.completions.create(
                    model="openai/gpt-4o-mini", messages=HELLO, max_tokens=5
                )
            costs.append(cost_of(answer))
            assert client.ledger.name == "svc"
    ledger = Ledger(store=store, name="svc")
    assert ledger.count == 3 and ledger.total == sum(costs) > 0
    assert ledger.by_label() == {"tenant-a": costs[0] + costs[2], "tenant-b": costs[1]}
    assert ledger.by_model() == {"openai/gpt-4o-mini": sum(costs)}


def test_a_ledger_on_redis_keeps_exact_totals_per_name_model_and_label(
    redis_url: str, store: RedisCostStore
) -> None:
    ledger = Ledger(store=store, name="exact")
    ledger.add(_record("0.000000000000000000001", "m1", ("tenant-a",)))  # a zepto-dollar
    ledger.add(_record("0.1", "m2", ("tenant-a", "batch")))
    ledger.add(_record("0.2", "m2"))
    other = RedisCostStore.from_url(redis_url, prefix=store.prefix)  # another process's view
    seen = Ledger(store=other, name="exact")
    assert seen.total == Decimal("0.300000000000000000001")  # not 0.30000000000000004
    assert seen.count == 3
    assert seen.by_model() == {"m1": Decimal("1E-21"), "m2": Decimal("0.3")}
    assert seen.by_label() == {
        "tenant-a": Decimal("0.100000000000000000001"),
        "batch": Decimal("0.1"),
        "(none)": Decimal("0.2"),
    }
    assert Ledger(store=other, name="elsewhere").count == 0
    assert other.client.hget(store.ledger_key("exact"), "l:batch") == b"0.1"
    store.reset_ledger("exact")
    assert seen.count == 0 and seen.by_label() == {}
    other.close()


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_processes_recording_into_one_ledger_lose_nothing(
    flavour: str, redis_url: str, store: RedisCostStore
) -> None:
    spawn = multiprocessing.get_context("spawn")
    count, rounds = 3, 40
    start, out = spawn.Barrier(count), spawn.Queue()
    workers = [
        spawn.Process(
            target=redis_workers.record_calls,
            args=(redis_url, store.prefix, "shared", seed, rounds, flavour, start, out),
        )
        for seed in range(count)
    ]
    for worker in workers:
        worker.start()
    reports: list[dict[str, str]] = [out.get(timeout=60) for _ in workers]
    for worker in workers:  # a worker's queued writes are done once it has exited
        worker.join(timeout=30)
        assert worker.exitcode == 0
    expected: dict[str, Decimal] = {}
    for report in reports:
        for key, value in report.items():
            expected[key] = expected.get(key, Decimal(0)) + Decimal(value)
    ledger = Ledger(store=store, name="shared")
    assert ledger.count == count * rounds
    by_label = {k[2:]: v for k, v in expected.items() if k.startswith("l:")}
    by_model = {k[2:]: v for k, v in expected.items() if k.startswith("m:")}
    assert ledger.by_label() == by_label  # exactly: nothing lost, nothing rounded
    assert ledger.by_model() == by_model
    assert ledger.total == sum(by_label.values()) == sum(by_model.values()) > 0


def test_an_async_client_records_into_a_redis_ledger(store: RedisCostStore) -> None:
    ledger = Ledger(store=store, name="async")

    async def main() -> Any:
        client = openrouter.AsyncOpenRouter(
            api_key=FAKE_API_KEY,
            http_client=httpx.AsyncClient(transport=FakeOpenRouter()),
            ledger=ledger,
        )
        with client.cost_scope(label="tenant-a"):
            answer = await client.chat.completions.create(
                model="openai/gpt-4o-mini", messages=HELLO, max_tokens=5
            )
        await client.close()
        return answer

    answer = asyncio.run(main())
    assert ledger.by_label() == {"tenant-a": cost_of(answer)}
    assert ledger.records[0].labels == ("tenant-a",)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_ledger_that_cannot_reach_redis_logs_and_the_call_still_answers(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    down = RedisCostStore.from_url(f"redis://127.0.0.1:{port}/0", socket_connect_timeout=0.5)
    ledger = Ledger(store=down, name="unreachable")
    if flavour == "sync":
        with openrouter.OpenRouter(
            api_key=FAKE_API_KEY,
            http_client=httpx.Client(transport=FakeOpenRouter()),
            ledger=ledger,
        ) as client:
            answer = client.chat.completions.create(
                model="openai/gpt-4o-mini", messages=HELLO, max_tokens=5
            )
    else:

        async def main() -> Any:
            client = openrouter.AsyncOpenRouter(
                api_key=FAKE_API_KEY,
                http_client=httpx.AsyncClient(transport=FakeOpenRouter()),
                ledger=ledger,
            )
            async with client:
                return await client.chat.completions.create(
                    model="openai/gpt-4o-mini", messages=HELLO, max_tokens=5
                )

        answer = asyncio.run(main())
        ledger._pending.wait()  # type: ignore[union-attr]  # the background write has failed
    assert cost_of(answer) > 0
    assert "ledger 'unreachable': could not record a call" in caplog.text
    assert len(ledger.records) == 1
    down.close()


def test_a_forked_child_gets_its_own_background_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    from openrouter import _store

    parent = _store._background()
    assert _store._background() is parent
    monkeypatch.setattr("os.getpid", lambda: -1)  # as seen from a forked child
    child = _store._background()
    assert child is not parent and child.submit(lambda: 42).result() == 42


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_stream_is_recorded_in_a_redis_ledger_under_its_scope(
    flavour: str, store: RedisCostStore
) -> None:
    ledger = Ledger(store=store, name="streams")
    ask: dict[str, Any] = {"model": "openai/gpt-4o-mini", "messages": HELLO, "stream": True}
    if flavour == "sync":
        with openrouter.OpenRouter(
            api_key=FAKE_API_KEY,
            http_client=httpx.Client(transport=FakeOpenRouter()),
            ledger=ledger,
        ) as client:
            with client.cost_scope(label="tenant-s"), client.chat.completions.create(**ask) as s:
                for _ in s:
                    pass
            final = s.get_final_completion()
    else:

        async def main() -> Any:
            client = openrouter.AsyncOpenRouter(
                api_key=FAKE_API_KEY,
                http_client=httpx.AsyncClient(transport=FakeOpenRouter()),
                ledger=ledger,
            )
            async with client:
                with client.cost_scope(label="tenant-s"):
                    async with await client.chat.completions.create(**ask) as stream:
                        async for _ in stream:
                            pass
                return await stream.get_final_completion()

        final = asyncio.run(main())
    assert ledger.by_label() == {"tenant-s": cost_of(final)}
    assert ledger.count == 1 and ledger.records[0].streamed
