"""How a hand-written inference call runs: check the keywords, guard the budget, then send.

`KeywordCall` describes one keyword `create` (its checks and the generated operation that
builds and parses the request). `run_sync` / `run_async` send it: the budget guard refuses it
before anything is sent when it cannot fit, then the request (or the stream, or the raw
response) goes out, and the guard settles with the real cost; failures that were not billed
release it. Sync and async twins.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from openrouter_api.api import Operation

from ._request import request_bodies, split_options
from ._streaming import StreamKind, stream_deadlines
from ._validation import JsonBody, check_model_limits

if TYPE_CHECKING:
    import httpx

    from ._metering import CallGuard
    from ._pricing import ModelCatalogue
    from ._transport import AsyncTransport, SyncTransport

__all__ = ["KeywordCall", "run_async", "run_sync"]

Payload = Callable[[Mapping[str, Any]], dict[str, Any]]

#: the generated operation modules keyword calls have used, by name
_OPERATION_MODULES: dict[str, Any] = {}


class KeywordCall(NamedTuple):
    """One keyword `create`: its name (for error messages), operation and payload checks.

    (A named tuple, not a dataclass: creating a dataclass costs about a millisecond of a fresh
    process's first call, a named tuple a tenth of that.)
    """

    name: str
    operation: Operation
    module: str  # the generated operation module, imported on first use (it loads models)
    payload: Payload
    kind: StreamKind[Any, Any] | None = None  # how it streams, when it can
    generates: bool = True  # produces output tokens (embeddings do not): priced in a budget
    # Fields the answer is useless without: parsing is tolerant, so their absence is checked here.
    requires: tuple[str, ...] = ()

    def _module(self) -> Any:
        name = f"openrouter_api.api.{self.operation.tag}.{self.module}"
        module = _OPERATION_MODULES.get(name)
        if module is None:  # importlib.import_module costs about a microsecond even when loaded
            module = _OPERATION_MODULES[name] = importlib.import_module(name)
        return module

    def parse(self, response: httpx.Response) -> Any:
        result = self._module().parse_response(response)
        for name in self.requires:
            if getattr(result, name, None) is None:
                raise ValueError(f"the answer has no {name!r}")
        return result

    def kwargs(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The request, built by the generated operation from the checked JSON body."""
        kwargs: dict[str, Any] = self._module().build_request(body=JsonBody(self.payload(params)))
        return kwargs


def _known_limits(catalogue: ModelCatalogue) -> Callable[[str], int | None]:
    """A model's output-token limit from the cached catalogue (None when it is not cached)."""

    def limit(model: str) -> int | None:
        if catalogue.stale():
            return None
        try:
            price = catalogue.price(model)
        except ValueError:
            return None
        return price.max_completion_tokens or price.context_length

    return limit


def _check_limits(sent: Mapping[str, Any], catalogue: ModelCatalogue, guard: CallGuard) -> None:
    """The model's output limit, once the budget has had its say (a refusal there comes first)."""
    try:
        check_model_limits(sent, _known_limits(catalogue))
    except ValueError:
        guard.release()
        raise


def run_sync(
    transport: SyncTransport, call: KeywordCall, params: Mapping[str, Any], *, raw: bool = False
) -> Any:
    """Send one call: a parsed result, a stream (`stream=True`), or a `RawResponse` (`raw`)."""
    kwargs = call.kwargs(params)
    options = split_options(params)
    config = transport.config
    sent = request_bodies(kwargs, options)[0] or {}
    deadlines = stream_deadlines(config.first_token_timeout, config.idle_timeout, params)
    guard = config.meter.guard_sync(
        transport, config.budget, call.name, sent, generates=call.generates
    )
    _check_limits(sent, config.meter.catalogue, guard)
    raw = raw or transport.raw
    if params.get("stream") and call.kind is not None and not raw:
        return transport.stream(call.operation, kwargs, options, call.kind, deadlines, guard)
    return transport.call(call.operation, kwargs, call.parse, options, raw=raw, guard=guard)


async def run_async(
    transport: AsyncTransport, call: KeywordCall, params: Mapping[str, Any], *, raw: bool = False
) -> Any:
    """The async twin of `run_sync`."""
    kwargs = call.kwargs(params)
    options = split_options(params)
    config = transport.config
    sent = request_bodies(kwargs, options)[0] or {}
    deadlines = stream_deadlines(config.first_token_timeout, config.idle_timeout, params)
    guard = await config.meter.guard_async(
        transport, config.budget, call.name, sent, generates=call.generates
    )
    _check_limits(sent, config.meter.catalogue, guard)
    raw = raw or transport.raw
    if params.get("stream") and call.kind is not None and not raw:
        return await transport.stream(call.operation, kwargs, options, call.kind, deadlines, guard)
    return await transport.call(call.operation, kwargs, call.parse, options, raw=raw, guard=guard)
