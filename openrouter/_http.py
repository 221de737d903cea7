"""The HTTP stack under a client: httpx, or httpx2 (httpx's successor: the same API, another name).

A client runs on the stack of the `http_client` it is given. Without one it runs on httpx2 when
that is installed (the `openrouter-py[fast]` extra brings it; its connection pool costs about
half of httpcore's), else on httpx, the required dependency. `OPENROUTER_HTTP_STACK=httpx` or
`=httpx2`, read when a client is built, forces the default. `import openrouter` imports neither:
the stack is imported when the first client is built.

The rest of the library writes `httpx.Request` / `httpx.Response` in its annotations (the API
both stacks share) and asks this module for the classes it builds, catches or recognises:

- `default_stack()` and `stack_of(obj)`: the module to build with;
- `errors(name)`: the exception class `name` of every stack loaded in this process, for `except`
  and `isinstance` (an exception from a stack means that stack is loaded);
- `is_request(obj)` / `is_response(obj)`: an `httpx.Request` / `Response` of either stack.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeGuard

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ENV",
    "STACKS",
    "client_stack",
    "default_limits",
    "default_stack",
    "errors",
    "is_request",
    "is_response",
    "stack_of",
    "timeout_of",
]

STACKS = ("httpx2", "httpx")  # in order of preference
ENV = "OPENROUTER_HTTP_STACK"

_installed: str | None = None  # the preferred stack that is installed, once looked up


def default_stack() -> ModuleType:
    """The stack of a client built without `http_client` (see the module docstring)."""
    global _installed
    forced = os.environ.get(ENV)
    if forced:
        if forced not in STACKS:
            raise ValueError(f"{ENV} must be 'httpx' or 'httpx2', got {forced!r}")
        return importlib.import_module(forced)
    if _installed is None:
        _installed = next(name for name in STACKS if importlib.util.find_spec(name) is not None)
    return importlib.import_module(_installed)


def default_limits(stack: ModuleType) -> dict[str, int]:
    """The pool limits of a client built on `stack` without `http_client`.

    A service making many concurrent calls keeps its connections instead of reopening them
    (a TCP and TLS setup per call): up to 100 idle ones on httpx2. httpx's pool (httpcore 1.x)
    walks every connection for every request it places, so there many connections in use cost
    more than they save: at 50 concurrent calls on 50 kept connections it served a third of what
    it serves keeping httpx's own default of 20 (measured on loopback, where a setup is cheap),
    so that default stays.
    """
    kept = 100 if stack.__name__ == "httpx2" else 20
    return {"max_connections": 1000, "max_keepalive_connections": kept}


def client_stack(http_client: object, *, asynchronous: bool) -> ModuleType:
    """The stack a client runs on: its `http_client`'s, which must be that stack's `Client`
    (`AsyncClient` when `asynchronous`), or the default when it is None."""
    if http_client is None:
        return default_stack()
    wanted = "AsyncClient" if asynchronous else "Client"
    try:
        stack = stack_of(http_client)
    except TypeError:
        stack = None
    if stack is None or not isinstance(http_client, getattr(stack, wanted)):
        other = "OpenRouter for Client" if asynchronous else "AsyncOpenRouter for AsyncClient"
        raise TypeError(
            f"http_client must be an httpx.{wanted} or httpx2.{wanted} (use {other}), "
            f"got {type(http_client).__qualname__}"
        )
    return stack


def stack_of(obj: object) -> ModuleType:
    """The stack a client, request, response or transport object comes from.

    Raises `TypeError` when it comes from neither (the caller names the parameter).
    """
    for cls in type(obj).__mro__:
        root = cls.__module__.partition(".")[0]
        if root in STACKS:
            return sys.modules[root]
    raise TypeError(f"{type(obj).__qualname__} is not from httpx or httpx2")


def _loaded() -> tuple[ModuleType, ...]:
    found = (sys.modules.get("httpx2"), sys.modules.get("httpx"))
    return tuple(dict.fromkeys(module for module in found if module is not None))


_classes: dict[tuple[tuple[str, ...], tuple[ModuleType, ...]], tuple[type[Any], ...]] = {}


def _named(*names: str) -> tuple[type[Any], ...]:
    loaded = _loaded()
    key = (names, loaded)
    found = _classes.get(key)
    if found is None:
        found = tuple(getattr(module, name) for name in names for module in loaded)
        _classes[key] = found
    return found


def errors(*names: str) -> tuple[type[httpx.HTTPError], ...]:
    """The exception classes `names` (`"HTTPError"`, `"ReadTimeout"`, ...) of every loaded
    stack."""
    return _named(*names)


def is_request(obj: object) -> TypeGuard[httpx.Request]:
    """Whether `obj` is a request of either stack."""
    return isinstance(obj, _named("Request"))


def is_response(obj: object) -> TypeGuard[httpx.Response]:
    """Whether `obj` is a response of either stack."""
    return isinstance(obj, _named("Response"))


def timeout_of(obj: object) -> tuple[float | None, float | None, float | None, float | None]:
    """The (connect, read, write, pool) seconds of an `httpx.Timeout` of either stack."""
    if not isinstance(obj, _named("Timeout")):
        raise TypeError(type(obj).__qualname__)
    timeout: Any = obj
    return (timeout.connect, timeout.read, timeout.write, timeout.pool)
