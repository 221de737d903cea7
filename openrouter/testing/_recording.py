"""Cassettes around the in-process emulator: vcrpy records httpx's own transports, and this
module teaches it `FakeOpenRouter` too, and refuses transports it cannot record.

vcrpy patches `httpx.HTTPTransport` (and the WSGI, ASGI and mock transports) while a cassette is
active; it does not know httpx2, so this module records httpx2's same transports itself, in the
same cassette format. Any other transport would bypass the cassette silently, so a client built
on one raises `UnrecordableTransportError` at its first request instead.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .._http import STACKS, stack_of
from ._fake import FakeOpenRouter

if TYPE_CHECKING:
    import httpx

__all__ = ["UnrecordableTransportError", "record_emulator"]

# A stack's own transports: vcrpy records httpx's while a cassette is active, and this module
# records httpx2's the same way (vcrpy does not know httpx2).
_OWN_SYNC = ("HTTPTransport", "WSGITransport", "MockTransport")
_OWN_ASYNC = ("AsyncHTTPTransport", "ASGITransport", "MockTransport")
_RECORDED_BY_VCR = "httpx"


class UnrecordableTransportError(Exception):
    """A request inside `openrouter_cassette` went through a transport no cassette can see.

    Not a RuntimeError: the client reads a RuntimeError from its transport as "this client was
    closed", and this must reach the test as itself.
    """


def _vcr_request(request: httpx.Request, body: bytes) -> Any:
    from vcr.request import Request  # type: ignore[import-untyped]

    return Request(request.method, str(request.url), body, dict(request.headers))


def _stored(response: httpx.Response, content: bytes) -> dict[str, Any]:
    headers: defaultdict[str, list[str]] = defaultdict(list)
    for name, value in response.headers.multi_items():
        headers[name].append(value)
    status = {"code": response.status_code, "message": response.reason_phrase}
    return {"status": status, "headers": dict(headers), "body": {"string": content}}


def _replayed(stored: dict[str, Any], stack: ModuleType) -> httpx.Response:
    headers = [(name, value) for name, values in stored["headers"].items() for value in values]
    body = stored["body"]["string"]
    content = body.encode("utf-8") if isinstance(body, str) else body
    response: httpx.Response = stack.Response(
        stored["status"]["code"], headers=headers, stream=stack.ByteStream(content)
    )
    return response


def _lookup(cassette: Any, vcr_request: Any, stack: ModuleType) -> httpx.Response | None:
    """The recorded answer, None to record one, or vcrpy's error when recording is off."""
    if cassette.can_play_response_for(vcr_request):
        return _replayed(cassette.play_response(vcr_request), stack)
    if cassette.write_protected and cassette.filter_request(vcr_request):
        from vcr.errors import CannotOverwriteExistingCassetteException  # type: ignore[import-untyped]

        raise CannotOverwriteExistingCassetteException(
            cassette=cassette, failed_request=vcr_request
        )
    return None


def _check_transport(transport: object, allowed: tuple[Any, ...], method: str) -> None:
    handler = getattr(type(transport), method, None)
    if not any(handler is getattr(cls, method) for cls in allowed):
        raise UnrecordableTransportError(
            f"openrouter_cassette cannot record requests sent through {type(transport).__name__}: "
            "use FakeOpenRouter, the HTTP stack's own transports, or the loopback emulator "
            "(run_server)"
        )


def _installed_stacks() -> list[ModuleType]:
    return [importlib.import_module(name) for name in STACKS if importlib.util.find_spec(name)]


def _send_guards(stack: ModuleType) -> list[tuple[type[Any], str, Any]]:
    """Patches of `stack`'s `Client.send` / `AsyncClient.send` that refuse unseen transports."""
    real_send = stack.Client.send
    real_asend = stack.AsyncClient.send
    sync_allowed = (FakeOpenRouter, *(getattr(stack, name) for name in _OWN_SYNC))
    async_allowed = (FakeOpenRouter, *(getattr(stack, name) for name in _OWN_ASYNC))

    def send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        _check_transport(self._transport_for_url(request.url), sync_allowed, "handle_request")
        response: httpx.Response = real_send(self, request, **kwargs)
        return response

    async def asend(
        self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any
    ) -> httpx.Response:
        transport = self._transport_for_url(request.url)
        _check_transport(transport, async_allowed, "handle_async_request")
        response: httpx.Response = await real_asend(self, request, **kwargs)
        return response

    return [(stack.Client, "send", send), (stack.AsyncClient, "send", asend)]


def _recording(cassette: Any, owner: type[Any]) -> list[tuple[type[Any], str, Any]]:
    """Patches of `owner`'s transport methods that replay from `cassette` and record into it."""
    patches: list[tuple[type[Any], str, Any]] = []
    real_sync: Any = owner.__dict__.get("handle_request")
    real_async: Any = owner.__dict__.get("handle_async_request")

    def handle_request(self: Any, request: httpx.Request) -> httpx.Response:
        stack = stack_of(request)
        vcr_request = _vcr_request(request, request.read())
        replayed = _lookup(cassette, vcr_request, stack)
        if replayed is not None:
            return replayed
        response: httpx.Response = real_sync(self, request)
        content = response.read()
        cassette.append(vcr_request, _stored(response, content))
        return _replayed(_stored(response, content), stack)

    async def handle_async_request(self: Any, request: httpx.Request) -> httpx.Response:
        stack = stack_of(request)
        vcr_request = _vcr_request(request, await request.aread())
        replayed = _lookup(cassette, vcr_request, stack)
        if replayed is not None:
            return replayed
        response: httpx.Response = await real_async(self, request)
        content = await response.aread()
        cassette.append(vcr_request, _stored(response, content))
        return _replayed(_stored(response, content), stack)

    if real_sync is not None:
        patches.append((owner, "handle_request", handle_request))
    if real_async is not None:
        patches.append((owner, "handle_async_request", handle_async_request))
    return patches


@contextmanager
def record_emulator(cassette: Any) -> Iterator[None]:
    """While active, `FakeOpenRouter` and httpx2's own transports replay from `cassette` and
    record into it (vcrpy does the same for httpx's).

    Also guards `Client.send` / `AsyncClient.send` of httpx and httpx2: a client whose
    transport the cassette cannot see raises `UnrecordableTransportError` instead of bypassing it.
    """
    patches = _recording(cassette, FakeOpenRouter)
    for stack in _installed_stacks():
        if stack.__name__ != _RECORDED_BY_VCR:
            owners = {getattr(stack, name) for name in (*_OWN_SYNC, *_OWN_ASYNC)}
            for owner in sorted(owners, key=lambda cls: cls.__name__):
                patches += _recording(cassette, owner)
        patches += _send_guards(stack)
    with ExitStack() as undo:
        for owner, name, replacement in patches:
            undo.callback(setattr, owner, name, owner.__dict__[name])
            setattr(owner, name, replacement)
        yield
