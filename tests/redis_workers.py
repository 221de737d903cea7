"""Worker processes for the shared-budget tests (spawned: each imports this module afresh)."""

from __future__ import annotations

import random
import time
from decimal import Decimal
from typing import Any

from openrouter import Budget, BudgetExceededError, RedisCostStore
from openrouter.params import ChatMessage


def race(
    url: str, prefix: str, name: str, limit: str, seed: int, rounds: int, start: Any, out: Any
) -> None:
    """Reserve, then settle or release, `rounds` times; report what was settled and any breach."""
    store = RedisCostStore.from_url(url, prefix=prefix)
    budget = Budget(limit, store=store, name=name)
    rng = random.Random(seed)
    settled = Decimal(0)
    taken = refused = breaches = 0
    start.wait()
    for _ in range(rounds):
        # up to $0.1, with 21 decimal places: exactness is part of what is tested
        amount = Decimal(rng.randrange(1, 10**20)) / Decimal(10**21)
        try:
            reservation = budget.reserve(amount)
        except BudgetExceededError:
            refused += 1
            continue
        taken += 1
        spent, reserved = store.totals(name)
        if spent + reserved > budget.limit:
            breaches += 1
        if rng.random() < 0.2:
            reservation.release()
        else:
            actual = amount * rng.randrange(0, 101) / 100  # the real cost never exceeds the hold
            reservation.settle(actual)
            settled += actual
    store.close()
    out.put((str(settled), taken, refused, breaches))


def hold_and_die(url: str, prefix: str, name: str, ready: Any) -> None:
    """Reserve under a short hold TTL, then hang until killed (never settling)."""
    store = RedisCostStore.from_url(url, prefix=prefix, hold_ttl=0.5)
    Budget("1", store=store, name=name).reserve(Decimal("0.75"))
    ready.set()
    time.sleep(60)


def cost_of(answer: Any) -> Decimal:
    """A response's `usage.cost`, exactly as the API wrote it."""
    return Decimal(str(answer.usage.cost))


def record_calls(
    url: str, prefix: str, name: str, seed: int, rounds: int, flavour: str, start: Any, out: Any
) -> None:
    """Make `rounds` billed calls under random labels, recorded in one shared ledger; report
    what each label and model cost here. The process then exits at once: writes still queued
    in the background must reach Redis before it does."""
    import asyncio

    import httpx

    from openrouter import AsyncOpenRouter, Ledger, OpenRouter
    from openrouter.testing import FAKE_API_KEY, FakeOpenRouter

    store = RedisCostStore.from_url(url, prefix=prefix)
    rng = random.Random(seed)
    labels = [f"tenant-{rng.randrange(3)}" for _ in range(rounds)]
    models = ["openai/gpt-4o-mini", "anthropic/claude-3.5-haiku"]
    mine: dict[str, Decimal] = {}
    messages: list[ChatMessage] = [{"role": "user", "content": "Hello there"}]

    def note(key: str, cost: Any) -> None:
        mine[key] = mine.get(key, Decimal(0)) + Decimal(str(cost))

    start.wait()
    if flavour == "sync":
        client = OpenRouter(
            api_key=FAKE_API_KEY,
            http_client=httpx.Client(transport=FakeOpenRouter()),
            ledger=Ledger(store=store, name=name),
        )
        for n, label in enumerate(labels):
            with client.cost_scope(label=label):
                answer = client.chat.completions.create(
                    model=models[n % 2], messages=messages, max_tokens=5
                )
            note(f"l:{label}", cost_of(answer))
            note(f"m:{answer.model}", cost_of(answer))
        client.close()
    else:

        async def main() -> None:
            client = AsyncOpenRouter(
                api_key=FAKE_API_KEY,
                http_client=httpx.AsyncClient(transport=FakeOpenRouter()),
                ledger=Ledger(store=store, name=name),
            )
            for n, label in enumerate(labels):
                with client.cost_scope(label=label):
                    answer = await client.chat.completions.create(
                        model=models[n % 2], messages=messages, max_tokens=5
                    )
                note(f"l:{label}", cost_of(answer))
                note(f"m:{answer.model}", cost_of(answer))
            await client.close()

        asyncio.run(main())
    out.put({key: str(value) for key, value in mine.items()})
