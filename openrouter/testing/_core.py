"""The emulator core: a request in, a reply description out. No sockets, no httpx.

`Emulator.respond` matches the route, logs the request (`RecordedRequest`, key masked), checks
the key, applies armed faults, and runs the operation's handler; operations without one answer
their spec example.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from . import _account, _chat, _completions, _messages, _models, _responses
from ._catalogue import DEFAULT_MODELS, CatalogueModel, find_model
from ._context import Call, Handler, Settings, iso
from ._injection import FaultInjection
from ._routes import Route, match
from ._state import AccountState, KeyEntry, mask_key
from ._text import digest
from ._wire import SECRET_HEADERS, Chunk, FakeRequest, Reply, error_reply

__all__ = [
    "FAKE_API_KEY",
    "FAKE_MANAGEMENT_KEY",
    "HANDLERS",
    "Emulator",
    "RecordedRequest",
    "record",
]

#: The API key the emulator accepts by default.
FAKE_API_KEY = "sk-or-v1-fake-api-key"
#: The management key the emulator accepts by default.
FAKE_MANAGEMENT_KEY = "sk-or-v1-fake-management-key"

#: Operations with real behaviour; every other operation answers its spec example.
HANDLERS: dict[str, Handler] = {
    "create_chat_completion": _chat.chat_completion,
    "create_completion": _completions.text_completion,
    "create_embeddings": _completions.create_embeddings,
    "create_response": _responses.create_response,
    "create_message": _messages.create_message,
    "list_models": _models.list_models,
    "list_user_models": _models.list_models,
    "list_embeddings_models": _models.list_embeddings_models,
    "count_models": _models.count_models,
    "get_model": _models.get_model,
    "list_model_endpoints": _models.list_model_endpoints,
    "list_providers": _models.list_providers,
    "get_credits": _account.get_credits,
    "get_current_key": _account.get_current_key,
    "get_generation": _account.get_generation,
    "list_keys": _account.list_keys,
    "create_key": _account.create_key,
    "get_key": _account.get_key,
    "update_key": _account.update_key,
    "delete_key": _account.delete_key,
}


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request the emulator received.

    Attributes:
        method: the HTTP method.
        path: the URL path (for example `/api/v1/chat/completions`).
        query: query parameters (first value of each name).
        headers: request headers, names lower-cased, with `Authorization` masked
            (`Bearer sk-or-v1-fak...-key`).
        body: the JSON body, parsed (None when absent or not JSON).
        content: the raw body bytes.
        operation_id: the operation it matched, or None for unknown routes.
    """

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: Any
    content: bytes = field(repr=False)
    operation_id: str | None

    @property
    def json(self) -> Any:
        """Alias of `body`."""
        return self.body


def _mask(name: str, value: str) -> str:
    if name not in SECRET_HEADERS:
        return value
    scheme, _, token = value.partition(" ")
    if token:
        return f"{scheme} {mask_key(token.strip())}"
    return mask_key(value)


def record(request: FakeRequest, operation_id: str | None, body: Any) -> RecordedRequest:
    """The log entry for a request (`body`: its decoded JSON, parsed once by the caller)."""
    headers = {name.lower(): _mask(name.lower(), value) for name, value in request.headers.items()}
    return RecordedRequest(
        method=request.method,
        path=request.path,
        query=request.query,
        headers=headers,
        body=body,
        content=request.body,
        operation_id=operation_id,
    )


def example_reply(route: Route) -> Reply:
    """The spec's success example for an operation (binary routes: a placeholder body)."""
    body = route.body()
    headers: list[tuple[str, str]] = []
    if route.content_type is not None:
        headers.append(("content-type", route.content_type))
    headers.append(("content-length", str(len(body))))
    return Reply(route.status, tuple(headers), body)


def model_speed(model: object) -> int:
    """The latency factor (1 to 4) of a model id: a fixed function of the id."""
    return 1 + int(digest(str(model), length=4), 36) % 4


def paced(reply: Reply, model: object, latency: float) -> Reply:
    """`reply` with the delays of `model` (see `Emulator`'s `latency`)."""
    first = latency * model_speed(model)
    if not reply.streamed:
        body = reply.body if isinstance(reply.body, bytes) else b""
        return replace(reply, body=(Chunk(body, delay=first * 2),))
    chunks = []
    waited = False
    for chunk in reply.chunks():
        if chunk.kind in ("content", "finish"):
            chunk = replace(chunk, delay=chunk.delay + (first / 4 if waited else first))
            waited = True
        chunks.append(chunk)
    return replace(reply, body=tuple(chunks))


class Emulator(FaultInjection):
    """The in-process OpenRouter: state, catalogue, request log and fault injection.

    Args:
        api_key: the inference key it accepts.
        management_key: the management key it accepts.
        models: the model catalogue (prices used for billing).
        credits: total credits of the account (USD).
        key_limit: a credit limit on `api_key` (USD); calls past it answer 402.
        generation_delay_polls: lookups of a new generation that answer 404 first.
        keepalives: keep-alive comments at the start of every stream.
        clock: Unix time source (for `created` fields and ids).
        accept_any_key: answer any bearer token as `api_key` (or as `management_key` for
            operations that need one), for tests that do not care which key the client sends.
        latency: emulated model speed, in seconds: each model waits `latency` times a factor
            from 1 to 4 (derived from its id, so always the same) before its first token, and a
            quarter of that before each later chunk; 0 (the default) answers at once.
    """

    def __init__(
        self,
        *,
        api_key: str = FAKE_API_KEY,
        management_key: str = FAKE_MANAGEMENT_KEY,
        models: Sequence[CatalogueModel] = DEFAULT_MODELS,
        credits: float = 100.0,
        key_limit: float | None = None,
        generation_delay_polls: int = 1,
        keepalives: int = 1,
        clock: Callable[[], float] = time.time,
        accept_any_key: bool = False,
        latency: float = 0.0,
    ) -> None:
        super().__init__()
        self.latency = latency
        self.accept_any_key = accept_any_key
        self._clock = clock
        self._models = tuple(models)
        self._settings = Settings(
            generation_delay_polls=generation_delay_polls, keepalives=keepalives
        )
        self._keys = (api_key, management_key)
        self._credits = credits
        self._key_limit = key_limit
        self._state = self._new_state()
        self._requests: list[RecordedRequest] = []

    def _new_state(self) -> AccountState:
        return AccountState(
            api_key=self._keys[0],
            management_key=self._keys[1],
            credits=self._credits,
            key_limit=self._key_limit,
            created_at=iso(self._clock()),
        )

    # -- inspection ------------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far (a copy), oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest | None:
        """The most recent request, or None."""
        with self._lock:
            return self._requests[-1] if self._requests else None

    @property
    def models(self) -> tuple[CatalogueModel, ...]:
        """The model catalogue."""
        return self._models

    def model(self, model_id: str) -> CatalogueModel:
        """A catalogue model by id (KeyError when unknown)."""
        found = find_model(self._models, model_id)
        if found is None:
            raise KeyError(model_id)
        return found

    @property
    def total_usage(self) -> Decimal:
        """What all calls so far have cost (USD, exact)."""
        with self._lock:
            return self._state.total_spent

    @property
    def generation_ids(self) -> list[str]:
        """The ids of every generation recorded so far, oldest first."""
        with self._lock:
            return list(self._state.generations)

    def key_hash(self, secret: str) -> str:
        """The hash the keys API uses for a plaintext key the emulator knows (KeyError if not)."""
        with self._lock:
            entry = self._state.key_for(secret)
        if entry is None:
            raise KeyError("unknown key")
        return entry.hash

    def reset(self, *, state: bool = False) -> None:
        """Forget recorded requests and disarm faults; `state=True` also starts a new account."""
        with self._lock:
            self._requests.clear()
            self._faults.clear()
            if state:
                self._state = self._new_state()

    # -- the core ----------------------------------------------------------------------------
    def _authenticate(self, route: Route, request: FakeRequest) -> KeyEntry | Reply | None:
        if route.key == "none":
            return None
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return error_reply(401, "No auth credentials found")
        entry = self._state.key_for(token.strip())
        if entry is None and self.accept_any_key:
            entry = self._state.key_for(self._keys[1 if route.key == "management" else 0])
        if entry is None:
            return error_reply(401, self._unknown_key_hint())
        if entry.disabled:
            return error_reply(401, "User not found. (this key was disabled)")
        if route.key == "management" and not entry.management:
            return error_reply(403, "Only management keys can perform this operation")
        if route.inference and entry.management:
            return error_reply(
                403, "Management keys cannot be used for inference; use an API key instead"
            )
        if route.inference and entry.limit is not None and entry.limit_remaining == 0:
            return error_reply(402, "Key limit exceeded: raise the limit of this key")
        if route.inference and self._state.total_spent >= self._state.credits:
            return error_reply(402, "Insufficient credits: add more at openrouter.ai/credits")
        return entry

    def _unknown_key_hint(self) -> str:
        # OpenRouter's own words, then what a user of the emulator needs to know.
        return (
            f"User not found. The emulator accepts the API key {self._keys[0]!r} and the "
            f"management key {self._keys[1]!r} (and keys created through its keys API); "
            "choose others with FakeOpenRouter(api_key=..., management_key=...) or "
            "--api-key/--management-key, or accept any key with accept_any_key=True or "
            "--accept-any-key"
        )

    def respond(self, request: FakeRequest) -> Reply:
        """Answer one request (thread-safe): the pure core behind every adapter."""
        with self._lock:
            route, params, path_known = match(request.method, request.path)
            body = request.json()
            self._requests.append(record(request, route.operation_id if route else None, body))
            if route is None:
                if path_known:
                    return error_reply(405, f"Method {request.method} not allowed here")
                return error_reply(404, f"No route for {request.method} {request.path}")
            key = self._authenticate(route, request)
            if isinstance(key, Reply):
                return key
            streaming = route.streams and isinstance(body, dict) and body.get("stream") is True
            early = self._faults.before(route.operation_id, streaming)
            if early is not None:
                return early
            handler = HANDLERS.get(route.operation_id)
            if handler is None:
                reply = example_reply(route)
            else:
                call = Call(
                    request=request,
                    route=route,
                    params=params,
                    body=body,
                    key=key,
                    state=self._state,
                    models=self._models,
                    settings=self._settings,
                    now=self._clock(),
                )
                reply = handler(call)
                if self.latency > 0 and route.inference and reply.status == 200:
                    reply = paced(reply, call.json_body().get("model"), self.latency)
            return self._faults.after(route.operation_id, reply)
