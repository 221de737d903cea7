"""Iterate over every item of a paged list operation, sync or async.

    for guardrail in openrouter.paginate(client.guardrails.list, limit=100): ...
    async for key in openrouter.apaginate(aclient.keys.list): ...

Offset-paged operations (`offset`/`limit`) advance by the number of items received until a page
is empty, shorter than `limit`, or `total_count` is reached. Cursor-paged ones (`after`, with
`has_more` and `last_id` in the answer: batches, files, container files) follow the cursor.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

__all__ = ["apaginate", "paginate"]


def _style(method: Callable[..., Any]) -> str:
    params = inspect.signature(method).parameters
    if "after" in params:
        return "cursor"
    if "offset" in params:
        return "offset"
    name = getattr(method, "__qualname__", repr(method))
    raise TypeError(f"{name} is not a paged list operation (it takes neither offset nor after)")


def _items(page: Any) -> list[Any]:
    data = getattr(page, "data", None)
    if isinstance(data, list):
        return data
    raise TypeError(f"{type(page).__name__} has no list of items in `data`")


def _next_cursor(page: Any, items: list[Any]) -> str | None:
    if not getattr(page, "has_more", None) or not items:
        return None
    cursor = getattr(page, "last_id", None) or getattr(items[-1], "id", None)
    return str(cursor) if cursor else None


def _offset_done(page: Any, items: list[Any], offset: int, limit: Any) -> bool:
    if not items:
        return True
    total = getattr(page, "total_count", None)
    if isinstance(total, int) and offset >= total:
        return True
    return isinstance(limit, int) and len(items) < limit


def paginate(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
    """Yield every item of a paged list operation, fetching pages as needed."""
    style = _style(method)
    if style == "cursor":
        while True:
            page = method(*args, **kwargs)
            items = _items(page)
            yield from items
            cursor = _next_cursor(page, items)
            if cursor is None:
                return
            kwargs["after"] = cursor
    offset = int(kwargs.pop("offset", 0) or 0)
    while True:
        page = method(*args, offset=offset, **kwargs)
        items = _items(page)
        yield from items
        offset += len(items)
        if _offset_done(page, items, offset, kwargs.get("limit")):
            return


async def apaginate(
    method: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any
) -> AsyncIterator[Any]:
    """The async twin of `paginate`, for methods of `AsyncOpenRouter`."""
    style = _style(method)
    if style == "cursor":
        while True:
            page = await method(*args, **kwargs)
            items = _items(page)
            for item in items:
                yield item
            cursor = _next_cursor(page, items)
            if cursor is None:
                return
            kwargs["after"] = cursor
    offset = int(kwargs.pop("offset", 0) or 0)
    while True:
        page = await method(*args, offset=offset, **kwargs)
        items = _items(page)
        for item in items:
            yield item
        offset += len(items)
        if _offset_done(page, items, offset, kwargs.get("limit")):
            return
