"""Where a `Budget` keeps its money: the `CostStore` protocol and the in-memory store.

A store holds, per budget name, what was spent and what calls in flight hold. The in-memory store
(the default) serves the threads and tasks of one process; `RedisCostStore` shares budgets between
processes and machines. Amounts cross the protocol as `Decimal`, never as floats.
"""

from __future__ import annotations

import itertools
import threading
from decimal import Decimal
from typing import Protocol, runtime_checkable

__all__ = ["CostStore", "MemoryCostStore"]

ZERO = Decimal(0)


@runtime_checkable
class CostStore(Protocol):
    """The money behind one or more budgets, each known by its name.

    Each method is atomic with respect to every other user of the store (threads, processes,
    machines, as far as the store reaches).
    """

    def reserve(
        self, budget: str, amount: Decimal, limit: Decimal
    ) -> tuple[str | None, Decimal, Decimal]:
        """Hold `amount` if spent + held + `amount` stays within `limit`.

        Returns `(hold, spent, reserved)`: the new hold's id (None when it did not fit) and the
        totals as they were just before.
        """
        ...

    def settle(self, budget: str, hold: str, held: Decimal, actual: Decimal) -> None:
        """Drop the hold `hold` (of `held`) and add `actual` to what was spent."""
        ...

    def charge(self, budget: str, amount: Decimal) -> None:
        """Add `amount` to what was spent, with no hold."""
        ...

    def totals(self, budget: str) -> tuple[Decimal, Decimal]:
        """`(spent, reserved)` now."""
        ...


class MemoryCostStore:
    """Budgets in this process's memory, safe across threads and asyncio tasks (the default).

    Each `Budget` made without a store gets its own; budgets given one shared instance and the
    same name share their money within the process.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spent: dict[str, Decimal] = {}
        self._reserved: dict[str, Decimal] = {}
        self._ids = itertools.count(1)

    def reserve(
        self, budget: str, amount: Decimal, limit: Decimal
    ) -> tuple[str | None, Decimal, Decimal]:
        with self._lock:
            spent = self._spent.get(budget, ZERO)
            reserved = self._reserved.get(budget, ZERO)
            if spent + reserved + amount > limit:
                return None, spent, reserved
            self._reserved[budget] = reserved + amount
            return str(next(self._ids)), spent, reserved

    def settle(self, budget: str, hold: str, held: Decimal, actual: Decimal) -> None:
        with self._lock:
            self._reserved[budget] = self._reserved.get(budget, ZERO) - held
            self._spent[budget] = self._spent.get(budget, ZERO) + actual

    def charge(self, budget: str, amount: Decimal) -> None:
        with self._lock:
            self._spent[budget] = self._spent.get(budget, ZERO) + amount

    def totals(self, budget: str) -> tuple[Decimal, Decimal]:
        with self._lock:
            return self._spent.get(budget, ZERO), self._reserved.get(budget, ZERO)

    def __repr__(self) -> str:
        return f"<MemoryCostStore budgets={len(self._spent.keys() | self._reserved.keys())}>"
