"""Worker processes for the shared-budget tests (spawned: each imports this module afresh)."""

from __future__ import annotations

import random
import time
from decimal import Decimal
from typing import Any

from openrouter import Budget, BudgetExceededError, RedisCostStore


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
