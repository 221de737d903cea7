"""Where cost control meets the calls: budgets checked before sending, records after.

A `Meter` belongs to a client (and its `with_options` copies): it owns the lifetime ledger and
the cached model catalogue. `guard_sync` / `guard_async` prepare one call: they find the budgets
that apply (the client's and those of the active cost scopes), price the worst case and reserve
it, refusing the call before anything is sent when it cannot fit. The returned `CallGuard`
settles the reservation with the real cost and records the call.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from openrouter_api.types import response_json

from ._cost import Ledger, current_scopes, record, record_from, zero
from ._errors import BudgetExceededError
from ._pricing import ModelCatalogue, estimate_prompt_tokens

if TYPE_CHECKING:
    import asyncio
    from decimal import Decimal

    from openrouter_api.api import Operation

    from ._budget import Budget, Reservation
    from ._cost import CostScope
    from ._model_price import ModelPrice
    from ._records import CostRecord
    from ._transport import AsyncTransport, SyncTransport

__all__ = ["CallGuard", "Meter"]

_COMPLETION_LIMIT_FIELDS = ("max_completion_tokens", "max_tokens", "max_output_tokens")


class CallGuard:
    """Reservations and bookkeeping for one call; settled exactly once, however it ends.

    The scopes and labels are those active when the call was made: a stream read after its
    `cost_scope` exited still belongs to that scope.
    """

    def __init__(
        self,
        meter: Meter,
        operation: str,
        reservations: list[Reservation],
        price: ModelPrice | None,
        prompt_tokens: int,
    ) -> None:
        self.meter = meter
        self.operation = operation
        self.reservations = reservations
        self.price = price
        self.prompt_tokens = prompt_tokens
        self.scopes = current_scopes()
        self.labels = self.scopes[0].labels if self.scopes else ()
        self.finished = False

    def running_cost(self, completion_chars: int) -> Decimal:
        """A generous estimate of what a stream has cost so far (about 3 characters a token)."""
        if self.price is None:
            return zero()
        return self.price.cost(self.prompt_tokens, math.ceil(completion_chars / 3))

    def check_running(
        self, completion_chars: int, partial: Callable[[], object] = lambda: None
    ) -> None:
        """Stop a stream whose running cost would pass a budget (`partial()`: the result so far).

        `completion_chars` counts every generated character: text, reasoning, tool calls.
        """
        if not self.reservations:
            return
        running = self.running_cost(completion_chars)
        for reservation in self.reservations:
            budget = reservation.budget
            if budget.would_exceed(reservation.amount, running):
                raise BudgetExceededError(
                    f"stopped the stream: its running cost (about ${running:f}) would pass the "
                    f"budget of ${budget.limit:f}",
                    spent=budget.seen()[0] + running,
                    limit=budget.limit,
                    requested=running,
                    partial=partial(),
                )

    def _record(self, entry: CostRecord) -> None:
        record(self.meter.ledger, entry, self.scopes)

    def _settle(self, actual: Decimal | None) -> None:
        for reservation in self.reservations:
            reservation.settle(actual)

    def finish(self, result: object, *, streamed: bool = False, keep_record: bool = True) -> None:
        """The call succeeded: settle with its `usage.cost` and record it.

        Without a readable cost, a stream is settled at its running estimate and anything else
        keeps its reservation. `keep_record=False` when the pipeline already recorded it.
        """
        if self.finished:
            return
        self.finished = True
        if not self.reservations:
            if keep_record:
                self.meter.record(self.operation, result, self.scopes, streamed=streamed)
            return  # nothing to settle (or the pipeline already recorded the response)
        entry = record_from(result, operation=self.operation, labels=self.labels, streamed=streamed)
        self._settle(entry.cost if entry is not None else None)
        if entry is not None and keep_record:
            self._record(entry)

    def fail(self, partial: object, *, streamed: bool = False, completion_chars: int = 0) -> None:
        """The call failed after it may have been billed (a cut body or stream, an unreadable
        answer, a request sent with no answer): settle with `usage.cost` if it came, otherwise
        the reservation stays spent; the ledger records the cost, or our estimate of it."""
        if self.finished:
            return
        self.finished = True
        entry = record_from(
            partial, operation=self.operation, labels=self.labels, streamed=streamed, failed=True
        )
        if entry is None:
            estimate = max((r.amount for r in self.reservations), default=None)
            if estimate is None and self.price is not None:
                estimate = self.running_cost(completion_chars)
            self._settle(None)
            if estimate is not None:
                entry = _estimate(partial, self, estimate, streamed)
        else:
            self._settle(entry.cost)
        if entry is not None:
            self._record(entry)

    def stop(self, partial: object, *, completion_chars: int) -> None:
        """The caller stopped reading a stream: settle at what it generated until then."""
        if self.finished:
            return
        self.finished = True
        entry = record_from(partial, operation=self.operation, labels=self.labels, streamed=True)
        if entry is None and self.price is not None:
            entry = _estimate(partial, self, self.running_cost(completion_chars), True)
        self._settle(entry.cost if entry is not None else None)
        if entry is not None:
            self._record(entry)

    def release(self) -> None:
        """The call was not billed (it failed before the server accepted it)."""
        if not self.finished:
            self.finished = True
            for reservation in self.reservations:
                reservation.release()


def _estimate(partial: object, guard: CallGuard, cost: Decimal, streamed: bool) -> CostRecord:
    from ._records import CostRecord

    found = partial if isinstance(partial, dict) else {}
    return CostRecord(
        generation_id=found.get("id") if isinstance(found.get("id"), str) else None,
        model=found.get("model") if isinstance(found.get("model"), str) else None,
        provider=None,
        prompt_tokens=guard.prompt_tokens or None,
        completion_tokens=None,
        cost=cost,
        labels=guard.labels,
        operation=guard.operation,
        streamed=streamed,
        failed=True,
        estimated=True,
    )


class Meter:
    """A client's ledger and model catalogue."""

    def __init__(self, catalogue: ModelCatalogue, ledger: Ledger | None = None) -> None:
        self.ledger = ledger if ledger is not None else Ledger()
        self.catalogue = catalogue
        self._fetch_lock = threading.Lock()
        self._fetches = 0  # fetches finished; waiters share the one that ran while they waited
        self._fetch_error: Exception | None = None
        self._inflight: asyncio.Task[None] | None = None

    def record(
        self,
        operation: str,
        result: object,
        scopes: list[CostScope] | None = None,
        *,
        streamed: bool = False,
    ) -> None:
        """Record an answer that carries `usage.cost` in the ledger and `scopes` (by default the
        active ones); with no scope, the ledger notes it and reads its cost when it is read."""
        if scopes is None:
            scopes = current_scopes()
        if not scopes:
            self.ledger.note(result, operation=operation, streamed=streamed)
            return
        labels = scopes[0].labels
        entry = record_from(result, operation=operation, labels=labels, streamed=streamed)
        if entry is not None:
            record(self.ledger, entry, scopes)

    def budgets(self, client_budget: Budget | None) -> list[Budget]:
        budgets = [client_budget] if client_budget is not None else []
        budgets += [s.budget for s in current_scopes() if s.budget is not None]
        return budgets

    def _plan(
        self, budgets: list[Budget], operation: str, payload: Mapping[str, Any], generates: bool
    ) -> tuple[Decimal, str, ModelPrice, int]:
        """The worst case of a call under budgets: (amount, what, price, prompt tokens)."""
        prompt_tokens = estimate_prompt_tokens(payload)
        model = payload.get("model")
        if not isinstance(model, str):
            raise BudgetExceededError(
                f"{operation}: under a budget the model must be named explicitly",
                spent=budgets[0].spent,
                limit=budgets[0].limit,
            )
        try:
            price = self.catalogue.price(model)
        except ValueError as exc:
            raise BudgetExceededError(
                f"{operation}: cannot bound the cost ({exc}); refusing to send under a budget",
                spent=budgets[0].spent,
                limit=budgets[0].limit,
            ) from exc
        completion = _completion_limit(payload, price, prompt_tokens) if generates else 0
        return (
            price.cost(prompt_tokens, completion),
            f"{operation} with {model}",
            price,
            prompt_tokens,
        )

    def catalogue_sync(self, transport: SyncTransport, *, refresh: bool = False) -> ModelCatalogue:
        """The price catalogue, fetched with `GET /models` when stale (or when asked to).

        Single flight: however many threads need it at once, one request fetches it.
        """
        if not (refresh or self.catalogue.stale()):
            return self.catalogue
        generation = self._fetches
        with self._fetch_lock:
            if self._fetches != generation:  # someone fetched it while we waited: share that
                if self._fetch_error is not None:
                    raise self._fetch_error
                return self.catalogue
            try:
                operation, kwargs = _list_models()
                self.catalogue.load(transport.call(operation, kwargs, _models_data, {}))
                self._fetch_error = None
            except Exception as error:
                self._fetch_error = error
                raise
            finally:
                self._fetches += 1
        return self.catalogue

    async def catalogue_async(
        self, transport: AsyncTransport, *, refresh: bool = False
    ) -> ModelCatalogue:
        """The async twin of `catalogue_sync`: concurrent tasks share one fetch."""
        if not (refresh or self.catalogue.stale()):
            return self.catalogue
        import asyncio  # loaded already by the caller's loop; `import openrouter` skips it

        loop = asyncio.get_running_loop()
        inflight = self._inflight
        if inflight is None or inflight.done() or inflight.get_loop() is not loop:
            inflight = self._inflight = loop.create_task(self._fetch_async(transport))
        await asyncio.shield(inflight)
        return self.catalogue

    async def _fetch_async(self, transport: AsyncTransport) -> None:
        operation, kwargs = _list_models()
        self.catalogue.load(await transport.call(operation, kwargs, _models_data, {}))

    def guard_sync(
        self,
        transport: SyncTransport,
        client_budget: Budget | None,
        operation: str,
        payload: Mapping[str, Any],
        *,
        generates: bool = True,
    ) -> CallGuard:
        budgets = self.budgets(client_budget)
        if not budgets:
            return CallGuard(self, operation, [], None, 0)
        from ._budget import reserve_all  # (only calls under a budget need budgets' code)

        self.catalogue_sync(transport)
        worst, what, price, prompt_tokens = self._plan(budgets, operation, payload, generates)
        held = reserve_all(budgets, worst, what=what)
        return CallGuard(self, operation, held, price, prompt_tokens)

    async def guard_async(
        self,
        transport: AsyncTransport,
        client_budget: Budget | None,
        operation: str,
        payload: Mapping[str, Any],
        *,
        generates: bool = True,
    ) -> CallGuard:
        budgets = self.budgets(client_budget)
        if not budgets:
            return CallGuard(self, operation, [], None, 0)
        from ._budget import reserve_all_async

        await self.catalogue_async(transport)
        worst, what, price, prompt_tokens = self._plan(budgets, operation, payload, generates)
        held = await reserve_all_async(budgets, worst, what=what)
        return CallGuard(self, operation, held, price, prompt_tokens)


def _list_models() -> tuple[Operation, dict[str, Any]]:
    """`GET /models` as the generated builder makes it (the catalogue is read as plain JSON:
    prices are all it needs, and typing 300 models would cost milliseconds)."""
    from openrouter_api.api.models import LIST_MODELS, list_models

    return LIST_MODELS, list_models.build_request()


def _models_data(response: Any) -> list[dict[str, Any]]:
    data = response_json(response).get("data")  # (the JSON the transport read already)
    if not isinstance(data, list):
        raise ValueError("GET /models answered without a data list")
    return data


def _completion_limit(payload: Mapping[str, Any], price: ModelPrice, prompt_tokens: int) -> int:
    for field in _COMPLETION_LIMIT_FIELDS:
        value = payload.get(field)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    if price.max_completion_tokens:
        return price.max_completion_tokens
    if price.context_length:
        return max(price.context_length - prompt_tokens, 0)
    raise BudgetExceededError(
        f"cannot bound the cost of {price.model}: pass max_tokens",
        spent=zero(),
        limit=zero(),
    )
