"""Budgets that stop spending: reserve the worst case before a call, settle with the real cost.

Thread- and task-safe. Concurrent calls under one budget never overspend by more than what the
calls already in flight were allowed to reserve: a call is refused when its worst case does not
fit next to what is spent and what others have reserved.
"""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

from ._errors import BudgetExceededError

__all__ = ["Budget", "Reservation", "reserve_all"]


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
    """

    def __init__(self, limit_usd: Decimal | int | float | str) -> None:
        self.limit = _money(limit_usd, "limit_usd")
        self._spent = Decimal(0)
        self._reserved = Decimal(0)
        self._lock = threading.Lock()

    @property
    def spent(self) -> Decimal:
        with self._lock:
            return self._spent

    @property
    def reserved(self) -> Decimal:
        """Held by calls in flight."""
        with self._lock:
            return self._reserved

    @property
    def remaining(self) -> Decimal:
        with self._lock:
            return self.limit - self._spent - self._reserved

    def reserve(self, amount: Decimal, *, what: str = "call") -> Reservation:
        """Hold `amount` for a call, or refuse it with `BudgetExceededError`."""
        with self._lock:
            if self._spent + self._reserved + amount > self.limit:
                raise BudgetExceededError(
                    f"{what} may cost up to ${amount:f}, more than the budget has left "
                    f"(${self.limit - self._spent - self._reserved:f} of ${self.limit:f}); "
                    "nothing was sent",
                    spent=self._spent,
                    limit=self.limit,
                    requested=amount,
                )
            self._reserved += amount
        return Reservation(self, amount)

    def charge(self, amount: Decimal) -> None:
        """Record spending that had no reservation."""
        with self._lock:
            self._spent += amount

    def _settle(self, held: Decimal, actual: Decimal) -> None:
        with self._lock:
            self._reserved -= held
            self._spent += actual

    def would_exceed(self, held: Decimal, running: Decimal) -> bool:
        """True when a call holding `held` has now cost `running`, past what fits."""
        with self._lock:
            return self._spent + (self._reserved - held) + running > self.limit

    def __repr__(self) -> str:
        return f"<Budget limit=${self.limit:f} spent=${self.spent:f} reserved=${self.reserved:f}>"


class Reservation:
    """Money held for one call until its real cost is known."""

    __slots__ = ("amount", "budget", "done")

    def __init__(self, budget: Budget, amount: Decimal) -> None:
        self.budget = budget
        self.amount = amount
        self.done = False

    def settle(self, actual: Decimal | None) -> None:
        """Replace the hold with the real cost (the hold itself when the cost is unknown)."""
        if not self.done:
            self.done = True
            self.budget._settle(self.amount, self.amount if actual is None else actual)

    def release(self) -> None:
        """Drop the hold: the call was not billed."""
        if not self.done:
            self.done = True
            self.budget._settle(self.amount, Decimal(0))


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
