"""How a hand-written inference call runs: budget guard first, then the request or the stream.

Sync and async twins. The guard refuses the call before anything is sent when it cannot fit a
budget, and settles with the real cost afterwards; failures that were not billed release it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx
from openrouter_api.api import Operation

from ._streaming import StreamKind, aopen_stream, open_stream, stream_deadlines
from ._transport import split_options

if TYPE_CHECKING:
    from ._transport import AsyncTransport, SyncTransport

__all__ = ["run_async", "run_sync"]


def run_sync(
    transport: SyncTransport,
    name: str,
    operation: Operation,
    kwargs: dict[str, Any],
    parse: Callable[[httpx.Response], Any],
    params: Mapping[str, Any],
    kind: StreamKind[Any, Any] | None,
) -> Any:
    """Send one call (streaming when `params["stream"]` and the operation streams)."""
    config = transport.config
    guard = config.meter.guard_sync(transport, config.budget, name, kwargs.get("json") or {})
    options = split_options(params)
    if params.get("stream") and kind is not None:
        deadlines = stream_deadlines(config.first_token_timeout, config.idle_timeout, params)
        return open_stream(transport, operation, kwargs, options, kind, deadlines, guard)
    try:
        result = transport.request(operation, kwargs, parse, options)
    except BaseException:
        guard.release()
        raise
    guard.finish(result, keep_record=False)  # the transport recorded it already
    return result


async def run_async(
    transport: AsyncTransport,
    name: str,
    operation: Operation,
    kwargs: dict[str, Any],
    parse: Callable[[httpx.Response], Any],
    params: Mapping[str, Any],
    kind: StreamKind[Any, Any] | None,
) -> Any:
    """The async twin of `run_sync`."""
    config = transport.config
    guard = await config.meter.guard_async(transport, config.budget, name, kwargs.get("json") or {})
    options = split_options(params)
    if params.get("stream") and kind is not None:
        deadlines = stream_deadlines(config.first_token_timeout, config.idle_timeout, params)
        return await aopen_stream(transport, operation, kwargs, options, kind, deadlines, guard)
    try:
        result = await transport.request(operation, kwargs, parse, options)
    except BaseException:
        guard.release()
        raise
    guard.finish(result, keep_record=False)
    return result
