"""Budgets that stop spending: reserve the worst case before a call, settle with the real cost.

Thread- and task-safe, and process-safe with a shared `CostStore`. Concurrent calls under one
budget never overspend by more than what the calls already in flight were allowed to reserve: a
call is refused when its worst case does not fit next to what is spent and what others reserved.
On an event loop, a shared budget never waits on its store: it reserves with the store's async
twin (or in a thread) and settles in the background (see `PendingWrites`).
"""

from __future__ import annotations

import threading
import time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._errors import BudgetExceededError
from ._store import CostStore, MemoryCostStore, PendingWrites, _background, on_event_loop

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

__all__ = ["Budget", "Reservation", "reserve_all", "reserve_all_async"]

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
        self._refresh: Future[None] | None = None  # a re-read running in the background
        self._pending = PendingWrites(f"budget {self.name!r}")
        self._lock = threading.Lock()

    def totals(self) -> tuple[Decimal, Decimal]:
        """`(spent, reserved)` now, this process's own settled calls included."""
        self._pending.wait()
        return self.store.totals(self.name)

    async def totals_async(self) -> tuple[Decimal, Decimal]:
        """`totals()` for code on an event loop: a shared store is awaited, never waited on."""
        if not self._shared:
            return self.store.totals(self.name)
        import asyncio

        await self._pending.wait_async()
        native = getattr(self.store, "totals_async", None)
        if native is not None:
            return await native(self.name)  # type: ignore[no-any-return]
        return await asyncio.to_thread(self.store.totals, self.name)

    @property
    def spent(self) -> Decimal:
        return self.totals()[0]

    @property
    def reserved(self) -> Decimal:
        """Held by calls in flight."""
        return self.totals()[1]

    @property
    def remaining(self) -> Decimal:
        spent, reserved = self.totals()
        return self.limit - spent - reserved

    def reserve(self, amount: Decimal, *, what: str = "call") -> Reservation:
        """Hold `amount` for a call, or refuse it with `BudgetExceededError`."""
        self._pending.wait()  # this process's settled calls no longer hold money
        return self._taken(amount, what, *self.store.reserve(self.name, amount, self.limit))

    async def reserve_async(self, amount: Decimal, *, what: str = "call") -> Reservation:
        """`reserve` for code on an event loop: a shared store is awaited, never waited on."""
        if not self._shared:
            return self.reserve(amount, what=what)
        import asyncio  # loaded already by the caller's loop; a sync program never needs it

        await self._pending.wait_async()
        native = getattr(self.store, "reserve_async", None)
        if native is not None:
            asked = asyncio.ensure_future(native(self.name, amount, self.limit))
        else:
            asked = asyncio.ensure_future(
                asyncio.to_thread(self.store.reserve, self.name, amount, self.limit)
            )
        try:
            answer = await asyncio.shield(asked)
        except asyncio.CancelledError:
            # The caller gave up; a hold the store still takes is dropped, not left to expire.
            asked.add_done_callback(self._drop_orphan(amount))
            self._pending.track(asked)
            raise
        return self._taken(amount, what, *answer)

    def _drop_orphan(self, amount: Decimal) -> Any:
        def drop(asked: asyncio.Future[tuple[str | None, Decimal, Decimal]]) -> None:
            if not asked.cancelled() and asked.exception() is None and asked.result()[0]:
                Reservation(self, amount, str(asked.result()[0])).release()

        return drop

    def _taken(
        self, amount: Decimal, what: str, hold: str | None, spent: Decimal, reserved: Decimal
    ) -> Reservation:
        if hold is None:
            raise BudgetExceededError(
                f"{what} may cost up to ${amount:f}, more than the budget has left "
                f"(${self.limit - spent - reserved:f} of ${self.limit:f}); "
                "nothing was sent",
                spent=spent,
                limit=self.limit,
                requested=amount,
            )
        if self._shared:
            self._seen = (time.monotonic(), spent, reserved + amount)
        return Reservation(self, amount, hold)

    def charge(self, amount: Decimal) -> None:
        """Record spending that had no reservation."""
        if self._shared:
            self._pending.write(self.store.charge, self.name, amount)
        else:
            self.store.charge(self.name, amount)

    def _settle(self, hold: str, held: Decimal, actual: Decimal) -> None:
        if self._shared:
            self._pending.write(self.store.settle, self.name, hold, held, actual)
        else:
            self.store.settle(self.name, hold, held, actual)

    def seen(self) -> tuple[Decimal, Decimal]:
        """`(spent, reserved)` as a running call may rely on them: a shared store's totals are
        re-read at most every `SHARED_TOTALS_MAX_AGE` seconds, and on an event loop in the
        background (until then the last ones read count)."""
        if not self._shared:
            return self.store.totals(self.name)
        now = time.monotonic()
        seen = self._seen
        if seen is None or now - seen[0] > SHARED_TOTALS_MAX_AGE:
            if seen is None or not on_event_loop():
                seen = self._seen = (now, *self.store.totals(self.name))
            else:
                self._refresh_in_background()
        return seen[1], seen[2]

    def _refresh_in_background(self) -> None:
        with self._lock:
            if self._refresh is not None and not self._refresh.done():
                return
            self._refresh = _background().submit(self._reread)

    def _reread(self) -> None:
        self._seen = (time.monotonic(), *self.store.totals(self.name))

    def would_exceed(self, held: Decimal, running: Decimal) -> bool:
        """True when a call holding `held` has now cost `running`, past what fits."""
        spent, reserved = self.seen()
        # max(): a shared hold that expired is no longer part of `reserved`
        return spent + max(reserved - held, Decimal(0)) + running > self.limit

    def __repr__(self) -> str:
        spent, reserved = self.totals()
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
    except BaseException:
        for reservation in held:
            reservation.release()
        raise
    return held


async def reserve_all_async(
    budgets: list[Budget], amount: Decimal, *, what: str
) -> list[Reservation]:
    """The async twin of `reserve_all`."""
    held: list[Reservation] = []
    try:
        for budget in budgets:
            held.append(await budget.reserve_async(amount, what=what))
    except BaseException:
        for reservation in held:
            reservation.release()
        raise
    return held
