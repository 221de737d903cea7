"""`OpenRouter` and `AsyncOpenRouter`: configuration, the connection pool and the resource tree.

Every tag of the API is a lazily created resource (generated from the spec); a few resources are
replaced or extended by hand-written ones where they add value (chat, streaming, cost helpers).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from functools import cached_property
from types import ModuleType, TracebackType
from typing import IO, TYPE_CHECKING, Any, Self

from openrouter_api.api import AsyncResources, SyncResources

from ._clock import Clock
from ._config import DEFAULT_TIMEOUT, ClientConfig
from ._http import client_stack, default_limits, stack_of
from ._middleware import AsyncMiddleware, Middleware, check_middleware, for_new_client
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._transport import AsyncTransport, SyncTransport
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx
    import httpx2

    # Hand-written resources are imported when first used, so `import openrouter` stays light.
    from openrouter_api.api.api_keys import ApiKeysResource, AsyncApiKeysResource

    from ._account import (
        AsyncCredits,
        AsyncCurrentKey,
        AsyncGenerations,
        AsyncModels,
        Credits,
        CurrentKey,
        Generations,
        Models,
    )
    from ._budget import Budget
    from ._chat import AsyncChat, Chat
    from ._compare import CompareProgress, Comparison
    from ._cost import CostScope, Ledger
    from ._files import AsyncFiles, Files
    from ._inference import (
        AsyncCompletions,
        AsyncEmbeddings,
        AsyncImages,
        AsyncMessages,
        AsyncResponses,
        Completions,
        Embeddings,
        Images,
        Messages,
        Responses,
    )

__all__ = ["AsyncOpenRouter", "OpenRouter"]


def _config(
    api_key: str | None,
    base_url: str | httpx.URL | httpx2.URL | None,
    app_url: str | None,
    app_title: str | None,
    app_categories: Sequence[str] | str | None,
    timeout: float | httpx.Timeout | httpx2.Timeout | NotGiven | None,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    budget: Any,
    first_token_timeout: float | None,
    idle_timeout: float | None,
    retry_policy: RetryPolicy | None,
    clock: Clock | None,
    middleware: tuple[Any, ...] = (),
    rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
    strict_responses: bool = False,
    ledger: Ledger | None = None,
    stack: ModuleType | None = None,
) -> ClientConfig:
    return ClientConfig.build(
        api_key=api_key,
        base_url=base_url,
        app_url=app_url,
        app_title=app_title,
        app_categories=app_categories,
        timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
        max_retries=max_retries,
        default_headers=default_headers,
        first_token_timeout=first_token_timeout,
        idle_timeout=idle_timeout,
        budget=budget,
        retry_policy=retry_policy,
        clock=clock,
        middleware=middleware,
        rate_limit=rate_limit,
        strict_responses=strict_responses,
        ledger=ledger,
        stack=f"{stack.__name__}/{stack.__version__}" if stack is not None else "httpx",
    )


class _Common:
    """What both clients share: configuration views, cost accounting and a key-free repr."""

    _config: ClientConfig
    _owns_http: bool
    _http: Any
    _transport: Any

    def _use_middleware(self, layer: Any) -> None:
        """Add `layer` after this client's middleware, in place (for integrations such as
        tracing; its `with_options` copies made afterwards inherit it)."""
        self._config = replace(self._config, middleware=(*self._config.middleware, layer))
        self._transport = type(self._transport)(self._config, self._http, raw=self._transport.raw)
        for cls in type(self).__mro__:  # resources made before hold the old transport
            for name, attr in vars(cls).items():
                if isinstance(attr, cached_property):
                    self.__dict__.pop(name, None)

    def _clone(self, config: ClientConfig, transport: Any) -> Self:
        """A client sharing this one's connection pool (which it does not own, so never closes)."""
        clone = object.__new__(type(self))
        clone._config, clone._owns_http, clone._http = config, False, self._http
        clone._transport = transport
        return clone

    @property
    def ledger(self) -> Ledger:
        """Every billed call this client (and its `with_options` copies) made: `total`,
        `by_model()`, `by_label()`, `records`, `report()`."""
        return self._config.meter.ledger

    @property
    def budget(self) -> Budget | None:
        """The client's budget, if any."""
        return self._config.budget

    def cost_scope(
        self, label: str | None = None, *, budget: Budget | None = None
    ) -> AbstractContextManager[CostScope]:
        """Collect the cost of every call made inside `with client.cost_scope(...) as scope:`.

        Works across asyncio tasks (each task sees the scope it was created in) and threads
        (each thread its own); nested scopes roll up into their parents. With `budget`, calls
        inside must also fit that budget.
        """
        from ._budget import Budget
        from ._cost import enter_scope

        if budget is not None and not isinstance(budget, Budget):
            raise TypeError(f"budget must be an openrouter.Budget, got {type(budget).__name__}")
        return enter_scope(label, budget)

    @property
    def base_url(self) -> httpx.URL:
        """The base URL requests go to (an `httpx2.URL` on httpx2)."""
        url: httpx.URL = stack_of(self._http).URL(self._config.base_url)
        return url

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt."""
        return self._config.retry.max_retries

    def __repr__(self) -> str:
        key = "set" if self._config.api_key else "missing"
        return f"{type(self).__name__}(base_url={str(self._config.base_url)!r}, api_key=<{key}>)"


class OpenRouter(_Common, SyncResources):
    """The synchronous client.

    Args:
        api_key: the key; defaults to the `OPENROUTER_API_KEY` environment variable.
        base_url: defaults to `OPENROUTER_BASE_URL`, then `https://openrouter.ai/api/v1`.
        app_url, app_title, app_categories: app attribution (`HTTP-Referer`,
            `X-OpenRouter-Title`, `X-OpenRouter-Categories`).
        timeout: seconds or an `httpx.Timeout`; the default connects within 5 s and allows
            10 minutes per read, which suits long generations. `None` disables timeouts.
        max_retries: retries after the first attempt for retryable failures (0 disables).
        default_headers: headers sent with every request.
        http_client: your own `httpx.Client` or `httpx2.Client` (proxies, mTLS, transports); the
            client runs on its stack, and does not close it, since you own it. Without one, it
            makes its own: on httpx2 when that is installed, else on httpx
            (`OPENROUTER_HTTP_STACK=httpx` or `=httpx2` forces one).
        budget: an `openrouter.Budget` that every call made through this client must fit in.
        first_token_timeout, idle_timeout: stream deadlines in seconds (keep-alives do not count).
        retry_policy: a full `RetryPolicy`, overriding `max_retries`.
        clock: a `Clock` (time, sleep, randomness); tests pass a fake one.
        middleware: callables `(request, call_next) -> response` around every HTTP attempt,
            outermost first (async ones on `AsyncOpenRouter`); see `openrouter.Middleware`.
        rate_limit: an `openrouter.RateLimit` applied before sending; by default only `:free`
            models are limited (20 requests a minute, OpenRouter's limit); None turns it off.
        strict_responses: raise `ResponseValidationError` (raw body attached) when an answer or
            stream event strays from the spec, instead of reading it tolerantly (the default).
        ledger: the `openrouter.Ledger` that records this client's billed calls (`client.ledger`);
            pass one with a `store` to share totals across processes. Default: a new in-memory one.
    """

    _transport: SyncTransport

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | httpx2.URL | None = None,
        app_url: str | None = None,
        app_title: str | None = None,
        app_categories: Sequence[str] | str | None = None,
        timeout: float | httpx.Timeout | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | httpx2.Client | None = None,
        budget: Budget | None = None,
        first_token_timeout: float | None = None,
        idle_timeout: float | None = None,
        retry_policy: RetryPolicy | None = None,
        clock: Clock | None = None,
        middleware: Sequence[Middleware] | None = None,
        rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
        strict_responses: bool = False,
        ledger: Ledger | None = None,
    ) -> None:
        stack = client_stack(http_client, asynchronous=False)
        self._config = _config(
            api_key, base_url, app_url, app_title, app_categories, timeout, max_retries,
            default_headers, budget, first_token_timeout, idle_timeout, retry_policy, clock,
            for_new_client(check_middleware(middleware, asynchronous=False), asynchronous=False),
            rate_limit,
            strict_responses,
            ledger,
            stack,
        )  # fmt: skip
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else stack.Client(
                timeout=self._config.timeout, limits=stack.Limits(**default_limits(stack))
            )
        )
        self._transport = SyncTransport(self._config, self._http)

    def with_options(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        budget: Budget | NotGiven | None = NOT_GIVEN,
        first_token_timeout: float | NotGiven | None = NOT_GIVEN,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
        middleware: Sequence[Middleware] | NotGiven = NOT_GIVEN,
        rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
    ) -> OpenRouter:
        """A copy with some options changed, sharing this client's connection pool.

        Closing the copy does not close the pool; closing the original does.
        """
        config = self._config.evolve(
            api_key=api_key, timeout=timeout, max_retries=max_retries,
            extra_headers=extra_headers, budget=budget,
            first_token_timeout=first_token_timeout, idle_timeout=idle_timeout,
            middleware=NOT_GIVEN if isinstance(middleware, NotGiven)
            else check_middleware(middleware, asynchronous=False),
            rate_limit=rate_limit, strict_responses=strict_responses,
        )  # fmt: skip
        return self._clone(config, SyncTransport(config, self._http, raw=self._transport.raw))

    @property
    def with_raw_response(self) -> Any:
        """This client's resources, answering with `RawResponse` (status, headers, `.parse()`).

        `client.with_raw_response.models.list().headers`; typed as `Any`, since every method
        returns a `RawResponse` of its usual type.
        """
        return self._clone(self._config, SyncTransport(self._config, self._http, raw=True))

    # -- hand-written resources (they replace or extend the generated ones) ---------------
    @cached_property
    def chat(self) -> Chat:
        """Chat completions: `chat.completions.create(...)` and `chat.builder()`."""
        from ._chat import Chat

        return Chat(self._transport)

    @cached_property
    def completions(self) -> Completions:  # type: ignore[override]
        """Legacy text completions with keyword arguments."""
        from ._inference import Completions

        return Completions(self._transport)

    @cached_property
    def responses(self) -> Responses:  # type: ignore[override]
        """The Responses API with keyword arguments."""
        from ._inference import Responses

        return Responses(self._transport)

    @cached_property
    def messages(self) -> Messages:
        """The Anthropic Messages API with keyword arguments (tag "Anthropic Messages")."""
        from ._inference import Messages

        return Messages(self._transport)

    @cached_property
    def embeddings(self) -> Embeddings:  # type: ignore[override]
        """Embeddings with keyword arguments."""
        from ._inference import Embeddings

        return Embeddings(self._transport)

    @cached_property
    def keys(self) -> ApiKeysResource:
        """API key management (management key): `list`, `create`, `get`, `update`, `delete`."""
        return self.api_keys

    @cached_property
    def key(self) -> CurrentKey:
        """The key this client uses: `key.get()`."""
        from ._account import CurrentKey

        return CurrentKey(self.api_keys)

    @cached_property
    def models(self) -> Models:
        """Models: the generated operations plus `endpoints`, `catalogue`, `estimate_cost`."""
        from ._account import Models

        return Models(self._transport)

    @cached_property
    def generations(self) -> Generations:
        """Generations: `get(id)` and `wait(id, timeout=...)`."""
        from ._account import Generations

        return Generations(self._transport)

    @cached_property
    def credits(self) -> Credits:
        """Credits: `get()` returns the balance with `remaining` (management key)."""
        from ._account import Credits

        return Credits(self._transport)

    @cached_property
    def files(self) -> Files:
        """Files: the generated operations plus `upload_from(path | bytes | file)`."""
        from ._files import Files

        return Files(self._transport)

    @cached_property
    def images(self) -> Images:
        """Images: the generated operations plus `stream(body=...)` for partial images."""
        from ._inference import Images

        return Images(self._transport)

    def download_to(
        self,
        method: Callable[..., Any],
        *args: Any,
        destination: str | os.PathLike[str] | IO[bytes],
        chunk_size: int = 65536,
        **kwargs: Any,
    ) -> int:
        """Stream a binary download into a path or file without holding it in memory.

        `method` is the operation, for example `client.files.download_content`; the other
        arguments are its own. Returns the number of bytes written.
        """
        from ._files import download_to

        return download_to(
            self._transport, method, *args, destination=destination, chunk_size=chunk_size, **kwargs
        )

    def compare(
        self,
        models: Sequence[str],
        *,
        repeats: int = 1,
        concurrency: int = 4,
        on_progress: Callable[[CompareProgress], None] | None = None,
        **params: Any,
    ) -> Comparison:
        """Send the same chat request to each of `models` at once and measure the answers.

        `params` are those of `chat.completions.create` (`messages` and the rest). Each answer is
        streamed (to time the first token) through this client, so budgets and cost scopes
        apply; at most `concurrency` models run at once (in threads). A model that fails is
        reported with its `error` instead of raising. Returns a `Comparison` with one
        `ModelResult` per model: output, finish reason, time to first token, latency, tokens,
        cost, provider and generation id, medians over `repeats` runs. `on_progress` receives a
        `CompareProgress` as each model starts, streams text, and finishes (from worker threads).
        """
        from ._compare import compare

        return compare(
            self.chat.completions,
            models,
            params,
            repeats=repeats,
            concurrency=concurrency,
            on_progress=on_progress,
        )

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOpenRouter(_Common, AsyncResources):
    """The asynchronous client: the same resources and methods as `OpenRouter`, awaited.

    Arguments are those of `OpenRouter`; `http_client` is an `httpx.AsyncClient` or an
    `httpx2.AsyncClient`.
    """

    _transport: AsyncTransport

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | httpx2.URL | None = None,
        app_url: str | None = None,
        app_title: str | None = None,
        app_categories: Sequence[str] | str | None = None,
        timeout: float | httpx.Timeout | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        budget: Budget | None = None,
        first_token_timeout: float | None = None,
        idle_timeout: float | None = None,
        retry_policy: RetryPolicy | None = None,
        clock: Clock | None = None,
        middleware: Sequence[AsyncMiddleware] | None = None,
        rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
        strict_responses: bool = False,
        ledger: Ledger | None = None,
    ) -> None:
        stack = client_stack(http_client, asynchronous=True)
        self._config = _config(
            api_key, base_url, app_url, app_title, app_categories, timeout, max_retries,
            default_headers, budget, first_token_timeout, idle_timeout, retry_policy, clock,
            for_new_client(check_middleware(middleware, asynchronous=True), asynchronous=True),
            rate_limit,
            strict_responses,
            ledger,
            stack,
        )  # fmt: skip
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else stack.AsyncClient(
                timeout=self._config.timeout, limits=stack.Limits(**default_limits(stack))
            )
        )
        self._transport = AsyncTransport(self._config, self._http)

    def with_options(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        budget: Budget | NotGiven | None = NOT_GIVEN,
        first_token_timeout: float | NotGiven | None = NOT_GIVEN,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
        middleware: Sequence[AsyncMiddleware] | NotGiven = NOT_GIVEN,
        rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
    ) -> AsyncOpenRouter:
        """A copy with some options changed, sharing this client's connection pool."""
        config = self._config.evolve(
            api_key=api_key, timeout=timeout, max_retries=max_retries,
            extra_headers=extra_headers, budget=budget,
            first_token_timeout=first_token_timeout, idle_timeout=idle_timeout,
            middleware=NOT_GIVEN if isinstance(middleware, NotGiven)
            else check_middleware(middleware, asynchronous=True),
            rate_limit=rate_limit, strict_responses=strict_responses,
        )  # fmt: skip
        return self._clone(config, AsyncTransport(config, self._http, raw=self._transport.raw))

    @property
    def with_raw_response(self) -> Any:
        """This client's resources, answering with `RawResponse` (status, headers, `.parse()`).

        `client.with_raw_response.models.list().headers`; typed as `Any`, since every method
        returns a `RawResponse` of its usual type.
        """
        return self._clone(self._config, AsyncTransport(self._config, self._http, raw=True))

    # -- hand-written resources (they replace or extend the generated ones) ---------------
    @cached_property
    def chat(self) -> AsyncChat:
        """Chat completions: `chat.completions.create(...)` and `chat.builder()`."""
        from ._chat import AsyncChat

        return AsyncChat(self._transport)

    @cached_property
    def completions(self) -> AsyncCompletions:  # type: ignore[override]
        """Legacy text completions with keyword arguments."""
        from ._inference import AsyncCompletions

        return AsyncCompletions(self._transport)

    @cached_property
    def responses(self) -> AsyncResponses:  # type: ignore[override]
        """The Responses API with keyword arguments."""
        from ._inference import AsyncResponses

        return AsyncResponses(self._transport)

    @cached_property
    def messages(self) -> AsyncMessages:
        """The Anthropic Messages API with keyword arguments (tag "Anthropic Messages")."""
        from ._inference import AsyncMessages

        return AsyncMessages(self._transport)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:  # type: ignore[override]
        """Embeddings with keyword arguments."""
        from ._inference import AsyncEmbeddings

        return AsyncEmbeddings(self._transport)

    @cached_property
    def keys(self) -> AsyncApiKeysResource:
        """API key management (management key): `list`, `create`, `get`, `update`, `delete`."""
        return self.api_keys

    @cached_property
    def key(self) -> AsyncCurrentKey:
        """The key this client uses: `key.get()`."""
        from ._account import AsyncCurrentKey

        return AsyncCurrentKey(self.api_keys)

    @cached_property
    def models(self) -> AsyncModels:
        """Models: the generated operations plus `endpoints`, `catalogue`, `estimate_cost`."""
        from ._account import AsyncModels

        return AsyncModels(self._transport)

    @cached_property
    def generations(self) -> AsyncGenerations:
        """Generations: `get(id)` and `wait(id, timeout=...)`."""
        from ._account import AsyncGenerations

        return AsyncGenerations(self._transport)

    @cached_property
    def credits(self) -> AsyncCredits:
        """Credits: `get()` returns the balance with `remaining` (management key)."""
        from ._account import AsyncCredits

        return AsyncCredits(self._transport)

    @cached_property
    def files(self) -> AsyncFiles:
        """Files: the generated operations plus `upload_from(path | bytes | file)`."""
        from ._files import AsyncFiles

        return AsyncFiles(self._transport)

    @cached_property
    def images(self) -> AsyncImages:
        """Images: the generated operations plus `stream(body=...)` for partial images."""
        from ._inference import AsyncImages

        return AsyncImages(self._transport)

    async def download_to(
        self,
        method: Callable[..., Any],
        *args: Any,
        destination: str | os.PathLike[str] | IO[bytes],
        chunk_size: int = 65536,
        **kwargs: Any,
    ) -> int:
        """Stream a binary download into a path or file without holding it in memory.

        `method` is the operation, for example `aclient.files.download_content`; the other
        arguments are its own. Returns the number of bytes written.
        """
        from ._files import adownload_to

        return await adownload_to(
            self._transport, method, *args, destination=destination, chunk_size=chunk_size, **kwargs
        )

    async def compare(
        self,
        models: Sequence[str],
        *,
        repeats: int = 1,
        concurrency: int = 4,
        on_progress: Callable[[CompareProgress], None] | None = None,
        **params: Any,
    ) -> Comparison:
        """Send the same chat request to each of `models` concurrently (see
        `OpenRouter.compare`); at most `concurrency` run at once, as tasks."""
        from ._compare import acompare

        return await acompare(
            self.chat.completions,
            models,
            params,
            repeats=repeats,
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def aclose(self) -> None:
        """Alias of `close()`, for httpx habits."""
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
