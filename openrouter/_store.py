"""Where budgets and ledgers keep their money: the `CostStore` protocol and the in-memory store.

A store holds, per budget name, what was spent and what calls in flight hold, and per ledger
name, the totals of the calls recorded (overall, by model, by label). The in-memory store (the
default) serves the threads and tasks of one process; `RedisCostStore` shares them between
processes and machines. Amounts cross the protocol as `Decimal`, never as floats.
"""

from __future__ import annotations

import itertools
import os
import sys
import threading
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ._logging import logger

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future, ThreadPoolExecutor

__all__ = ["CostStore", "LedgerTotals", "MemoryCostStore", "PendingWrites"]

ZERO = Decimal(0)

#: `(total, count, by_model, by_label)` of a ledger, as `CostStore.ledger_totals` returns them.
LedgerTotals = tuple[Decimal, int, dict[str, Decimal], dict[str, Decimal]]


@runtime_checkable
class CostStore(Protocol):
    """The money behind budgets and ledgers, each known by its name.

    Each method is atomic with respect to every other user of the store (threads, processes,
    machines, as far as the store reaches). A store may also offer `reserve_async(budget, amount,
    limit)` and `totals_async(budget)`, awaited on an event loop instead of running `reserve` and
    `totals` in a thread.
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

    def add(self, ledger: str, cost: Decimal, model: str, labels: Sequence[str]) -> None:
        """Record one call of `cost` in a ledger: its total and count, `model`'s total and
        each label's total."""
        ...

    def ledger_totals(self, ledger: str) -> LedgerTotals:
        """`(total, count, by_model, by_label)` of a ledger now."""
        ...


class MemoryCostStore:
    """Budgets and ledgers in this process's memory, safe across threads and asyncio tasks (the
    default).

    Each `Budget` or `Ledger` made without a store gets its own; those given one shared instance
    and the same name share their money within the process.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spent: dict[str, Decimal] = {}
        self._reserved: dict[str, Decimal] = {}
        self._ledgers: dict[str, tuple[Decimal, int, dict[str, Decimal], dict[str, Decimal]]] = {}
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

    def add(self, ledger: str, cost: Decimal, model: str, labels: Sequence[str]) -> None:
        with self._lock:
            total, count, by_model, by_label = self._ledgers.get(ledger) or (ZERO, 0, {}, {})
            by_model[model] = by_model.get(model, ZERO) + cost
            for label in labels:
                by_label[label] = by_label.get(label, ZERO) + cost
            self._ledgers[ledger] = (total + cost, count + 1, by_model, by_label)

    def ledger_totals(self, ledger: str) -> LedgerTotals:
        with self._lock:
            total, count, by_model, by_label = self._ledgers.get(ledger) or (ZERO, 0, {}, {})
            return total, count, dict(by_model), dict(by_label)

    def __repr__(self) -> str:
        names = self._spent.keys() | self._reserved.keys()
        return f"<MemoryCostStore budgets={len(names)} ledgers={len(self._ledgers)}>"


_writer: tuple[int, ThreadPoolExecutor] | None = None  # (the process that made it, it)
_writer_lock = threading.Lock()


def _background() -> ThreadPoolExecutor:
    """The one thread that writes to shared stores for code running on an event loop.

    Its queue is worked off before the interpreter exits (`concurrent.futures` joins its
    threads at exit), so a write outlives the event loop that asked for it. A forked child
    (a pre-forking server) gets its own: the parent's thread does not exist there.
    """
    from concurrent.futures import ThreadPoolExecutor

    global _writer
    with _writer_lock:
        if _writer is None or _writer[0] != os.getpid():
            _writer = (os.getpid(), ThreadPoolExecutor(1, thread_name_prefix="openrouter-cost"))
        return _writer[1]


def on_event_loop() -> bool:
    """True when the calling thread is running an asyncio event loop."""
    asyncio = sys.modules.get("asyncio")  # not even imported: no loop runs (sync programs)
    if asyncio is None:
        return False
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class PendingWrites:
    """The writes a budget or ledger handed to the background writer and that are not done yet.

    Code on an event loop must not wait for a network store: its writes (settling a call,
    recording a cost) go to a background thread. Whoever reads the totals in this process
    waits for them first, so a read always includes this process's own writes.
    """

    def __init__(self, what: str) -> None:
        self._what = what
        self._lock = threading.Lock()
        self._futures: set[Future[Any]] = set()
        self._tasks: set[asyncio.Future[Any]] = set()  # loop work that may end in a write

    def track(self, work: asyncio.Future[Any]) -> None:
        """Make `wait_async` also wait for `work` (and for what it writes when done)."""
        with self._lock:
            self._tasks.add(work)
        work.add_done_callback(self._tasks.discard)

    def write(self, function: Callable[..., object], *args: Any) -> None:
        """Run `function(*args)`: now, or in the background when called on an event loop."""
        if not on_event_loop():
            function(*args)
            return
        future = _background().submit(function, *args)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future[Any]) -> None:
        with self._lock:
            self._futures.discard(future)
        error = future.exception()
        if error is not None:
            logger.error("%s: a write to the cost store failed: %r", self._what, error)

    def wait(self) -> None:
        """Block until every write handed over so far is done."""
        with self._lock:
            futures = list(self._futures)
        for future in futures:
            future.exception()  # waits; failures are logged by _done

    async def wait_async(self) -> None:
        """Wait, without blocking the event loop, until every write so far is done (and the
        writes of the tracked loop work)."""
        import asyncio

        while True:
            loop = asyncio.get_running_loop()
            with self._lock:
                # work of a loop that ended before it finished can no longer write anything
                waits: list[asyncio.Future[Any]] = [
                    t for t in self._tasks if not t.done() and t.get_loop() is loop
                ]
                waits += [asyncio.wrap_future(f) for f in self._futures if not f.done()]
            if not waits:
                return
            await asyncio.wait(waits)
