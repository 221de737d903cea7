"""Budgets that stop spending: reserve the worst case before a call, settle with the real cost.

Thread- and task-safe, and process-safe with a shared `CostStore`. Concurrent calls under one
budget never overspend by more than what the calls already in flight were allowed to reserve: a
call is refused when its worst case does not fit next to what is spent and what others reserved.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from ._errors import BudgetExceededError
from ._store import CostStore, MemoryCostStore

__all__ = ["Budget", "Reservation", "reserve_all"]

#: Seconds a running stream may rely on a shared store's totals before reading them again.
SHARED_TOTALS_MAX_AGE = 0.25


def _money(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float | str):
        raise TypeError(f"{name} must be a Decimal, int, float or numeric string, got {value!r}")
    amount = Decimal(repr(value) if isinstance(value, float) else str(value))
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"{name} must be a non-negative amount of USD, got {value!r}")
    return amount


class Budget:
    """A spending limit in USD, shared by every call that uses it.

    Args:
        limit_usd: the limit (Decimal, int, float or numeric string).
        store: where the money is kept: this process's memory by default, or a shared store such
            as `RedisCostStore`, so that every process using the same store and `name` draws on
            one budget.
        name: the budget's name in its store (required with a store).
    """

    def __init__(
        self,
        limit_usd: Decimal | int | float | str,
        *,
        store: CostStore | None = None,
        name: str | None = None,
    ) -> None:
        self.limit = _money(limit_usd, "limit_usd")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"name must be a string, got {type(name).__name__}")
        if name == "":
            raise ValueError("name must not be empty")
        if store is None:
            self.store: CostStore = MemoryCostStore()
            self._shared = False
        elif not isinstance(store, CostStore):
            raise TypeError(f"store must be a CostStore, got {type(store).__name__}")
        elif name is None:
            raise ValueError("a Budget with a store needs a name: budgets of one name share money")
        else:
            self.store = store
            self._shared = not isinstance(store, MemoryCostStore)
        self.name = name or "budget"
        # A shared store's totals as last read (when, spent, reserved): a running stream re-reads
        # them at most every SHARED_TOTALS_MAX_AGE seconds, not on every network read.
        self._seen: tuple[float, Decimal, Decimal] | None = None

    @property
    def spent(self) -> Decimal:
        return self.store.totals(self.name)[0]

    @property
    def reserved(self) -> Decimal:
        """Held by calls in flight."""
        return self.store.totals(self.name)[1]

    @property
    def remaining(self) -> Decimal:
        spent, reserved = self.store.totals(self.name)
        return self.limit - spent - reserved

    def reserve(self, amount: Decimal, *, what: str = "call") -> Reservation:
        """Hold `amount` for a call, or refuse it with `BudgetExceededError`."""
        hold, spent, reserved = self.store.reserve(self.name, amount, self.limit)
        if hold is None:
            raise BudgetExceededError(
                f"{what} may cost up to ${amount:f}, more than the budget has left "
                f"(${self.limit - spent - reserved:f} of ${self.limit:f}); "
                "nothing was sent",
                spent=spent,
                limit=self.limit,
                requested=amount,
            )
        return Reservation(self, amount, hold)

    def charge(self, amount: Decimal) -> None:
        """Record spending that had no reservation."""
        self.store.charge(self.name, amount)

    def _settle(self, hold: str, held: Decimal, actual: Decimal) -> None:
        self.store.settle(self.name, hold, held, actual)

    def would_exceed(self, held: Decimal, running: Decimal) -> bool:
        """True when a call holding `held` has now cost `running`, past what fits."""
        if self._shared:
            now = time.monotonic()
            seen = self._seen
            if seen is None or now - seen[0] > SHARED_TOTALS_MAX_AGE:
                seen = self._seen = (now, *self.store.totals(self.name))
            spent, reserved = seen[1], seen[2]
        else:
            spent, reserved = self.store.totals(self.name)
        # max(): a shared hold that expired is no longer part of `reserved`
        return spent + max(reserved - held, Decimal(0)) + running > self.limit

    def __repr__(self) -> str:
        spent, reserved = self.store.totals(self.name)
        named = f" name={self.name!r}" if self.name != "budget" else ""
        return f"<Budget{named} limit=${self.limit:f} spent=${spent:f} reserved=${reserved:f}>"


class Reservation:
    """Money held for one call until its real cost is known."""

    __slots__ = ("amount", "budget", "done", "hold")

    def __init__(self, budget: Budget, amount: Decimal, hold: str = "") -> None:
        self.budget = budget
        self.amount = amount
        self.hold = hold  # the id of the hold in the budget's store
        self.done = False

    def settle(self, actual: Decimal | None) -> None:
        """Replace the hold with the real cost (the hold itself when the cost is unknown)."""
        if not self.done:
            self.done = True
            self.budget._settle(self.hold, self.amount, self.amount if actual is None else actual)

    def release(self) -> None:
        """Drop the hold: the call was not billed."""
        if not self.done:
            self.done = True
            self.budget._settle(self.hold, self.amount, Decimal(0))


def reserve_all(budgets: list[Budget], amount: Decimal, *, what: str) -> list[Reservation]:
    """Reserve on every budget or on none."""
    held: list[Reservation] = []
    try:
        for budget in budgets:
            held.append(budget.reserve(amount, what=what))
    except BudgetExceededError:
        for reservation in held:
            reservation.release()
        raise
    return held
