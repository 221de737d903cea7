"""Cassettes around the in-process emulator: vcrpy records httpx's own transports, and this
module teaches it `FakeOpenRouter` too, and refuses transports it cannot record.

vcrpy patches `httpx.HTTPTransport` (and the WSGI, ASGI and mock transports) while a cassette is
active. Any other transport would bypass the cassette silently, so a client built on one raises
`UnrecordableTransportError` at its first request instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx

from ._fake import FakeOpenRouter

__all__ = ["UnrecordableTransportError", "record_emulator"]

# Transports whose requests vcrpy itself records while a cassette is active.
_VCR_SYNC = ("HTTPTransport", "WSGITransport", "MockTransport")
_VCR_ASYNC = ("AsyncHTTPTransport", "ASGITransport", "MockTransport")


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


def _replayed(stored: dict[str, Any]) -> httpx.Response:
    headers = [(name, value) for name, values in stored["headers"].items() for value in values]
    body = stored["body"]["string"]
    content = body.encode("utf-8") if isinstance(body, str) else body
    return httpx.Response(
        stored["status"]["code"], headers=headers, stream=httpx.ByteStream(content)
    )


def _lookup(cassette: Any, vcr_request: Any) -> httpx.Response | None:
    """The recorded answer, None to record one, or vcrpy's error when recording is off."""
    if cassette.can_play_response_for(vcr_request):
        return _replayed(cassette.play_response(vcr_request))
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
            "use FakeOpenRouter, httpx's own transports, or the loopback emulator (run_server)"
        )


@contextmanager
def record_emulator(cassette: Any) -> Iterator[None]:
    """While active, `FakeOpenRouter` replays from `cassette` and records into it.

    Also guards `httpx.Client.send` / `httpx.AsyncClient.send`: a client whose transport the
    cassette cannot see raises `UnrecordableTransportError` instead of bypassing it.
    """
    real_sync = FakeOpenRouter.handle_request
    real_async = FakeOpenRouter.handle_async_request
    real_send = httpx.Client.send
    real_asend = httpx.AsyncClient.send

    def handle_request(self: FakeOpenRouter, request: httpx.Request) -> httpx.Response:
        vcr_request = _vcr_request(request, request.read())
        replayed = _lookup(cassette, vcr_request)
        if replayed is not None:
            return replayed
        response = real_sync(self, request)
        content = response.read()
        cassette.append(vcr_request, _stored(response, content))
        return _replayed(_stored(response, content))

    async def handle_async_request(self: FakeOpenRouter, request: httpx.Request) -> httpx.Response:
        vcr_request = _vcr_request(request, await request.aread())
        replayed = _lookup(cassette, vcr_request)
        if replayed is not None:
            return replayed
        response = await real_async(self, request)
        content = await response.aread()
        cassette.append(vcr_request, _stored(response, content))
        return _replayed(_stored(response, content))

    def send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        allowed = (FakeOpenRouter, *(getattr(httpx, name) for name in _VCR_SYNC))
        _check_transport(self._transport_for_url(request.url), allowed, "handle_request")
        return real_send(self, request, **kwargs)

    async def asend(
        self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any
    ) -> httpx.Response:
        allowed = (FakeOpenRouter, *(getattr(httpx, name) for name in _VCR_ASYNC))
        _check_transport(self._transport_for_url(request.url), allowed, "handle_async_request")
        return await real_asend(self, request, **kwargs)

    patches: list[tuple[type[Any], str, Any]] = [
        (FakeOpenRouter, "handle_request", handle_request),
        (FakeOpenRouter, "handle_async_request", handle_async_request),
        (httpx.Client, "send", send),
        (httpx.AsyncClient, "send", asend),
    ]
    with ExitStack() as undo:
        for owner, name, replacement in patches:
            undo.callback(setattr, owner, name, owner.__dict__[name])
            setattr(owner, name, replacement)
        yield
