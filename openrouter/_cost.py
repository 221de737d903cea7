"""Cost accounting: records of billed calls, scopes that collect them, and the client ledger.

Money is `Decimal` everywhere: OpenRouter costs are fractions of a cent, and a float sum of
thousands of them drifts. `cost_scope` uses a context variable, so it follows the code that runs
inside it: nested scopes roll up to their parents, concurrent asyncio tasks each see the scope
they were created in, and each thread has its own (start threads with
`contextvars.copy_context().run` to carry a scope into them).
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, NamedTuple

from ._logging import logger

if TYPE_CHECKING:
    from decimal import Decimal

    from ._records import CostRecord
    from ._store import CostStore, PendingWrites

__all__ = ["CostScope", "Ledger", "current_scopes", "record_from", "to_decimal"]

_NO_LABELS = ("(none)",)  # what a call outside every scope counts under

#: How many calls a ledger keeps unread before it reads their costs anyway (see `Ledger.note`).
_MOST_UNREAD = 32


_decimal_class: type[Decimal] | None = None


def _Decimal() -> type[Decimal]:
    """`decimal.Decimal`, imported by the first cost read, not by `import openrouter` or a
    client: a program that makes calls and never reads a total never loads it (about 0.4 MB)."""
    global _decimal_class
    if _decimal_class is None:
        from decimal import Decimal

        _decimal_class = Decimal
    return _decimal_class


_decimal_context: Any = None


def _context() -> Any:
    """The decimal context sums are made in (the defaults, whatever context a reader is in)."""
    global _decimal_context
    if _decimal_context is None:
        from decimal import Context

        _decimal_context = Context()
    return _decimal_context


def zero() -> Decimal:
    """`Decimal(0)` (see `_Decimal`)."""
    return (_decimal_class or _Decimal())(0)


def _decimal_loaded() -> bool:
    """Whether this process has imported `decimal` (then a noted call is recorded at once)."""
    return "decimal" in sys.modules


def to_decimal(value: Any) -> Decimal | None:
    """A cost as `Decimal`, exactly as the API wrote it (`repr` of a parsed float round-trips)."""
    Decimal = _decimal_class or _Decimal()
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int | float | str):
        try:
            amount = Decimal(repr(value) if isinstance(value, float) else str(value))
        except ArithmeticError:
            return None
    else:
        return None
    # NaN, infinities and negative amounts are not costs: treat them as unknown.
    return amount if amount.is_finite() and amount >= 0 else None


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


class _Billed(NamedTuple):
    """What a record is made of, read from an answer without reading its cost as `Decimal`."""

    cost: Any  # `usage.cost` as the answer had it
    generation_id: Any
    model: Any
    provider: Any
    prompt_tokens: Any
    completion_tokens: Any
    labels: tuple[str, ...]
    operation: str
    streamed: bool
    failed: bool
    at: float

    def record(self) -> CostRecord | None:
        """The record, or None when the cost is not a cost (missing, negative, not a number)."""
        cost = to_decimal(self.cost)
        if cost is None:
            return None
        from ._records import CostRecord

        return CostRecord(
            self.generation_id, self.model, self.provider, self.prompt_tokens,
            self.completion_tokens, cost, self.labels, self.operation, self.streamed, self.failed,
            at=self.at,
        )  # fmt: skip


def _billed(
    result: Any, operation: str, labels: tuple[str, ...], streamed: bool, failed: bool
) -> _Billed | None:
    usage = _get(result, "usage")
    if usage is None:
        return None
    cost = _get(usage, "cost")
    if cost is None:
        return None
    prompt = _get(usage, "prompt_tokens")
    completion = _get(usage, "completion_tokens")
    if prompt is None:
        prompt = _get(usage, "input_tokens")
    if completion is None:
        completion = _get(usage, "output_tokens")
    return _Billed(
        cost, _get(result, "id"), _get(result, "model"), _get(result, "provider"), prompt,
        completion, labels, operation, streamed, failed, time.time(),
    )  # fmt: skip


def record_from(
    result: Any,
    *,
    operation: str,
    labels: tuple[str, ...],
    streamed: bool = False,
    failed: bool = False,
) -> CostRecord | None:
    """A record from a response (model or dict) that carries `usage.cost`; None if it has none."""
    billed = _billed(result, operation, labels, streamed, failed)
    return billed.record() if billed is not None else None


class _Totals:
    """Thread-safe running totals, by model and by label, plus the records themselves.

    `keep` bounds how many records are kept (the most recent ones); totals always cover every
    record ever added, so a long-lived ledger stays small.
    """

    def __init__(self, keep: int | None = None) -> None:
        self._lock = threading.Lock()
        self._records: deque[CostRecord] = deque(maxlen=keep)
        self._total: Decimal | None = None  # None until the first record: no Decimal needed
        self._count = 0
        self._by_model: dict[str, Decimal] = {}
        self._by_label: dict[str, Decimal] = {}
        self._unread: list[_Billed] = []  # calls noted, their costs not read yet (`Ledger.note`)

    def add(self, record: CostRecord) -> None:
        with self._lock:
            if self._unread:
                self._read_unread()  # the calls noted before this one come first
            self._add(record)

    def _add(self, record: CostRecord) -> None:
        """Count one record (the lock held). Every sum is computed before anything changes, in a
        fixed decimal context (not the reader's), so a cost that cannot be added changes nothing."""
        add = (_decimal_context or _context()).add
        cost = record.cost
        model = record.model
        if type(model) is not str or not model:
            model = "(unknown)"
        by_model, by_label = self._by_model, self._by_label
        total = add(self._total, cost) if self._total is not None else add(zero(), cost)
        model_total = add(by_model[model], cost) if model in by_model else add(zero(), cost)
        label_totals = []
        for label in record.labels or _NO_LABELS:
            seen = by_label.get(label)
            label_totals.append((label, add(seen, cost) if seen is not None else add(zero(), cost)))
        self._records.append(record)
        self._total = total
        self._count += 1
        by_model[model] = model_total
        by_label.update(label_totals)

    def _read_unread(self) -> None:
        """Read the costs of the calls noted so far, in order (the lock held). A call whose
        record cannot be counted is logged and skipped, never raised into a reader."""
        if self._unread:
            unread, self._unread = self._unread, []
            for billed in unread:
                try:
                    record = billed.record()
                    if record is not None:
                        self._add(record)
                except Exception as error:
                    logger.error("could not record a call of $%s: %r", billed.cost, error)

    @property
    def records(self) -> list[CostRecord]:
        """The records (for a ledger: the most recent ones)."""
        with self._lock:
            self._read_unread()
            return list(self._records)

    @property
    def total(self) -> Decimal:
        with self._lock:
            self._read_unread()
            return self._total if self._total is not None else zero()

    @property
    def count(self) -> int:
        """Calls recorded (all of them, even those no longer kept in `records`)."""
        with self._lock:
            self._read_unread()
            return self._count

    def by_model(self) -> dict[str, Decimal]:
        """Total cost per model."""
        with self._lock:
            self._read_unread()
            return dict(self._by_model)

    def by_label(self) -> dict[str, Decimal]:
        """Total cost per scope label (a call inside nested scopes counts for each label)."""
        with self._lock:
            self._read_unread()
            return dict(self._by_label)

    def report(self, title: str) -> str:
        """A readable table: totals by model and by label."""
        with self._lock:
            self._read_unread()
            total = self._total if self._total is not None else zero()
            totals = (total, self._count, dict(self._by_model), dict(self._by_label))
        return _report(title, *totals)


def _report(
    title: str,
    total: Decimal,
    count: int,
    by_model: dict[str, Decimal],
    by_label: dict[str, Decimal],
) -> str:
    lines = [f"{title}: {count} call(s), ${total:f}"]
    for heading, rows in (("by model", by_model), ("by label", by_label)):
        if rows:
            lines.append(f"  {heading}:")
            width = max(len(k) for k in rows)
            for key, value in sorted(rows.items(), key=lambda kv: (-kv[1], kv[0])):
                lines.append(f"    {key:<{width}}  ${value:f}")
    return "\n".join(lines)


class CostScope(_Totals):
    """Collects every call made inside `with client.cost_scope(label=...)`.

    Attributes:
        label: the scope's label (records carry the labels of every enclosing scope).
        parent: the enclosing scope, which also receives this scope's records.
        budget: an optional `Budget` that calls inside the scope must also fit in.
    """

    def __init__(self, label: str | None, parent: CostScope | None, budget: Any = None) -> None:
        super().__init__()
        self.label = label
        self.parent = parent
        self.budget = budget
        inherited = parent.labels if parent is not None else ()
        #: the labels of this scope and its ancestors, outermost first (fixed at creation)
        self.labels: tuple[str, ...] = (*inherited, label) if label else inherited

    def __str__(self) -> str:
        return self.report(f"cost scope {self.label!r}" if self.label else "cost scope")

    def __repr__(self) -> str:
        return f"<CostScope label={self.label!r} calls={self.count} total=${self.total:f}>"


class Ledger(_Totals):
    """Every billed call a client made in its lifetime (shared with its `with_options` copies).

    Totals cover every call; `records` keeps only the most recent `keep` (100 by default), so a
    long-running service does not grow without bound.

    Args:
        keep: how many recent records to keep in this process.
        store: where the totals are kept: this ledger's own memory by default, or a shared
            `CostStore` such as `RedisCostStore`, so that every process recording into the same
            store and `name` adds to one set of totals (overall, by model, by label). `records`
            stay this process's own.
        name: the ledger's name in its store (required with a store).
    """

    def __init__(
        self, keep: int = 100, *, store: CostStore | None = None, name: str | None = None
    ) -> None:
        super().__init__(keep=keep)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"name must be a string, got {type(name).__name__}")
        if name == "":
            raise ValueError("name must not be empty")
        self._pending: PendingWrites | None = None
        if store is not None:
            from ._store import CostStore, MemoryCostStore, PendingWrites

            if not isinstance(store, CostStore):
                raise TypeError(f"store must be a CostStore, got {type(store).__name__}")
            if name is None:
                raise ValueError("a Ledger with a store needs a name: ledgers of one name share")
            self._pending = (
                None if isinstance(store, MemoryCostStore) else PendingWrites(f"ledger {name!r}")
            )
        self.store = store
        self.name = name

    def add(self, record: CostRecord) -> None:
        if self.store is None or self.name is None:
            super().add(record)
            return
        with self._lock:
            self._records.append(record)
        labels = record.labels or ("(none)",)
        args = (self.name, record.cost, record.model or "(unknown)", labels)
        if self._pending is None:
            self._write(*args)
        else:  # on an event loop, written in the background (see PendingWrites)
            self._pending.write(self._write, *args)

    def note(
        self,
        result: object,
        *,
        operation: str,
        streamed: bool = False,
    ) -> None:
        """Record a successful answer that carries `usage.cost` (nothing if it carries none).

        Its cost is read as `Decimal` when this ledger is next read (any total, `records`,
        `count`, a report), or with the 32nd call noted: until then a program that only makes
        calls does not import `decimal`. Once `decimal` is loaded, or with a store, the record
        is made at once. Either way the same records, in the same order, with the same times.
        """
        billed = _billed(result, operation, (), streamed, False)  # no scope: no labels
        if billed is None:
            return
        if self.store is not None or _decimal_loaded():
            record = billed.record()
            if record is not None:
                self.add(record)
            return
        with self._lock:
            self._unread.append(billed)
            if len(self._unread) >= _MOST_UNREAD:
                self._read_unread()

    def _write(self, *args: Any) -> None:
        # A billed call's answer is worth more than its line in the ledger: a store that cannot
        # be written to is logged, never raised into the call that was just paid for.
        assert self.store is not None
        try:
            self.store.add(*args)
        except Exception as error:
            logger.error("ledger %r: could not record a call of $%s: %r", self.name, args[1], error)

    def _shared(self) -> tuple[Decimal, int, dict[str, Decimal], dict[str, Decimal]]:
        assert self.store is not None and self.name is not None
        if self._pending is not None:
            self._pending.wait()
        return self.store.ledger_totals(self.name)

    @property
    def total(self) -> Decimal:
        return super().total if self.store is None else self._shared()[0]

    @property
    def count(self) -> int:
        """Calls recorded (all of them, even those no longer kept in `records`)."""
        return super().count if self.store is None else self._shared()[1]

    def by_model(self) -> dict[str, Decimal]:
        """Total cost per model."""
        return super().by_model() if self.store is None else self._shared()[2]

    def by_label(self) -> dict[str, Decimal]:
        """Total cost per scope label (a call inside nested scopes counts for each label)."""
        return super().by_label() if self.store is None else self._shared()[3]

    def report(self, title: str) -> str:
        if self.store is None:
            return super().report(title)
        total, count, by_model, by_label = self._shared()
        return _report(title, total, count, by_model, by_label)

    def __str__(self) -> str:
        return self.report("client total" if self.name is None else f"ledger {self.name!r}")

    def __repr__(self) -> str:
        named = "" if self.name is None else f" name={self.name!r}"
        return f"<Ledger{named} calls={self.count} total=${self.total:f}>"


_SCOPE: ContextVar[CostScope | None] = ContextVar("openrouter_cost_scope", default=None)


def current_scopes() -> list[CostScope]:
    """The active scope and its ancestors, innermost first."""
    scopes = []
    scope = _SCOPE.get()
    while scope is not None:
        scopes.append(scope)
        scope = scope.parent
    return scopes


def labels_now() -> tuple[str, ...]:
    scope = _SCOPE.get()
    return scope.labels if scope is not None else ()


@contextmanager
def enter_scope(label: str | None, budget: Any = None) -> Iterator[CostScope]:
    scope = CostScope(label, _SCOPE.get(), budget)
    token = _SCOPE.set(scope)
    try:
        yield scope
    finally:
        _SCOPE.reset(token)


def record(ledger: Ledger, entry: CostRecord, scopes: list[CostScope] | None = None) -> None:
    """Add a record to the ledger and to the scopes (by default: those active now)."""
    ledger.add(entry)
    for scope in current_scopes() if scopes is None else scopes:
        scope.add(entry)
