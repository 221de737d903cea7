"""Account resources with a human touch: the current key, credits, generations and models.

`key.get()` reads the key in use; `credits.get()` returns the balance with `remaining` derived;
`generations.wait(id)` polls until a generation's stats exist; `models` adds `endpoints(...)`,
the cached price catalogue and `estimate_cost(...)`. Sync and async twins side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Unpack, cast

from openrouter_api.api import RequestOptions
from openrouter_api.api.credits_ import AsyncCreditsResource, CreditsResource
from openrouter_api.api.generations import AsyncGenerationsResource, GenerationsResource
from openrouter_api.api.models import AsyncModelsResource, ModelsResource

from ._cost import to_decimal
from ._errors import APITimeoutError, NotFoundError, PermissionDeniedError
from ._model_price import ModelPrice
from ._pricing import ModelCatalogue
from ._raw import RawResponse

if TYPE_CHECKING:
    from openrouter_api.api.api_keys import ApiKeysResource, AsyncApiKeysResource
    from openrouter_api.models import (
        CreditsResponse,
        CurrentKeyResponse,
        Generation,
        GenerationResponse,
        ModelEndpointsResponse,
    )

    from ._transport import AsyncTransport, SyncTransport

__all__ = [
    "AsyncCredits",
    "AsyncCurrentKey",
    "AsyncGenerations",
    "AsyncModels",
    "CreditBalance",
    "Credits",
    "CurrentKey",
    "Generations",
    "Models",
]

_MANAGEMENT = (
    "credits.get() needs a management key (create one in the OpenRouter dashboard); "
    "the server said: "
)


class CurrentKey:
    """The key the client is using (`GET /key`); works with any key kind."""

    __slots__ = ("_keys",)

    def __init__(self, keys: ApiKeysResource) -> None:
        self._keys = keys

    def get(self, **options: Unpack[RequestOptions]) -> CurrentKeyResponse:
        """Limits, usage and flags of the current key."""
        return self._keys.get_current(**options)


class AsyncCurrentKey:
    """Awaitable `client.key`."""

    __slots__ = ("_keys",)

    def __init__(self, keys: AsyncApiKeysResource) -> None:
        self._keys = keys

    async def get(self, **options: Unpack[RequestOptions]) -> CurrentKeyResponse:
        """Limits, usage and flags of the current key."""
        return await self._keys.get_current(**options)


@dataclass(frozen=True, slots=True)
class CreditBalance:
    """The account balance in USD: what was bought, what was used, and what is left."""

    total_credits: Decimal
    total_usage: Decimal
    raw: CreditsResponse

    @property
    def remaining(self) -> Decimal:
        return self.total_credits - self.total_usage


def _balance(response: CreditsResponse | RawResponse[CreditsResponse]) -> CreditBalance:
    """The balance from the parsed response.

    In raw mode the `RawResponse` is handed back as it is (`with_raw_response` is typed `Any`).
    """
    if isinstance(response, RawResponse):
        return cast(CreditBalance, response)
    total = to_decimal(response.data.total_credits) or Decimal(0)
    used = to_decimal(response.data.total_usage) or Decimal(0)
    return CreditBalance(total_credits=total, total_usage=used, raw=response)


def _management_hint(error: PermissionDeniedError) -> PermissionDeniedError:
    return type(error)(
        _MANAGEMENT + error.message,
        response=error.response,
        status_code=error.status_code,
        body=error.body,
        code=error.code,
        metadata=error.metadata,
        request_id=error.request_id,
    )


class Credits(CreditsResource):
    """`client.credits`: the balance (management key)."""

    def get(self, **options: Unpack[RequestOptions]) -> CreditBalance:  # type: ignore[override]
        """The balance, with `remaining = total_credits - total_usage`."""
        try:
            return _balance(super().get(**options))
        except PermissionDeniedError as error:
            raise _management_hint(error) from error


class AsyncCredits(AsyncCreditsResource):
    """Awaitable `client.credits`."""

    async def get(self, **options: Unpack[RequestOptions]) -> CreditBalance:  # type: ignore[override]
        """The balance, with `remaining = total_credits - total_usage`."""
        try:
            return _balance(await super().get(**options))
        except PermissionDeniedError as error:
            raise _management_hint(error) from error


def _next_interval(interval: float, max_interval: float) -> float:
    return min(interval * 1.5, max_interval)


def _wait_timeout(generation_id: str, timeout: float) -> APITimeoutError:
    return APITimeoutError(
        f"generation {generation_id!r} was still not available after {timeout} s "
        "(its stats appear a moment after the response; try a longer timeout)"
    )


class Generations(GenerationsResource):
    """`client.generations`: stats of past generations, and `wait` for fresh ones."""

    _transport: SyncTransport

    def get(self, id: str, **options: Unpack[RequestOptions]) -> GenerationResponse:
        """The stored record of one generation (`GET /generation?id=...`)."""
        return super().get(id=id, **options)

    def wait(
        self,
        id: str,
        *,
        timeout: float = 30.0,
        poll_interval: float = 0.5,
        max_interval: float = 4.0,
    ) -> Generation:
        """Poll until the generation's stats exist (404 until then) and return them.

        Returns native token counts and the final cost; raises `APITimeoutError` after `timeout`.
        """
        clock = self._transport.config.clock
        deadline = clock.monotonic() + timeout
        interval = poll_interval
        while True:
            try:
                return self.get(id).data
            except NotFoundError:
                remaining = deadline - clock.monotonic()
                if remaining <= 0:
                    raise _wait_timeout(id, timeout) from None
                clock.sleep(min(interval, remaining))
                interval = _next_interval(interval, max_interval)


class AsyncGenerations(AsyncGenerationsResource):
    """Awaitable `client.generations`."""

    _transport: AsyncTransport

    async def get(self, id: str, **options: Unpack[RequestOptions]) -> GenerationResponse:
        """The stored record of one generation (`GET /generation?id=...`)."""
        return await super().get(id=id, **options)

    async def wait(
        self,
        id: str,
        *,
        timeout: float = 30.0,
        poll_interval: float = 0.5,
        max_interval: float = 4.0,
    ) -> Generation:
        """Poll until the generation's stats exist (see `Generations.wait`)."""
        clock = self._transport.config.clock
        deadline = clock.monotonic() + timeout
        interval = poll_interval
        while True:
            try:
                return (await self.get(id)).data
            except NotFoundError:
                remaining = deadline - clock.monotonic()
                if remaining <= 0:
                    raise _wait_timeout(id, timeout) from None
                await clock.asleep(min(interval, remaining))
                interval = _next_interval(interval, max_interval)


def _split_slug(model: str) -> tuple[str, str]:
    author, sep, slug = model.partition("/")
    if not sep or not author or not slug:
        raise ValueError(f"model must look like 'author/slug', got {model!r}")
    return author, slug


class Models(ModelsResource):
    """`client.models`: the catalogue, `endpoints(...)`, prices and cost estimates."""

    _transport: SyncTransport

    def endpoints(
        self, author: str, slug: str | None = None, **options: Unpack[RequestOptions]
    ) -> ModelEndpointsResponse:
        """The provider endpoints serving a model: `endpoints("openai", "gpt-4o")` or
        `endpoints("openai/gpt-4o")`."""
        from openrouter_api.api.endpoints import EndpointsResource

        if slug is None:
            author, slug = _split_slug(author)
        return EndpointsResource(self._transport).list_model(author, slug, **options)

    def catalogue(self, *, refresh: bool = False) -> ModelCatalogue:
        """The cached `/models` price catalogue (fetched when stale: one hour by default)."""
        return self._transport.config.meter.catalogue_sync(self._transport, refresh=refresh)

    def price(self, model: str) -> ModelPrice:
        """A model's prices (`ValueError` for an unknown model or one without pricing)."""
        return self.catalogue().price(model)

    def estimate_cost(self, model: str, prompt_tokens: int, completion_tokens: int) -> Decimal:
        """USD for the given token counts at the model's catalogue prices, as a `Decimal`."""
        return self.price(model).cost(prompt_tokens, completion_tokens)


class AsyncModels(AsyncModelsResource):
    """Awaitable `client.models`."""

    _transport: AsyncTransport

    async def endpoints(
        self, author: str, slug: str | None = None, **options: Unpack[RequestOptions]
    ) -> ModelEndpointsResponse:
        """The provider endpoints serving a model (see `Models.endpoints`)."""
        from openrouter_api.api.endpoints import AsyncEndpointsResource

        if slug is None:
            author, slug = _split_slug(author)
        return await AsyncEndpointsResource(self._transport).list_model(author, slug, **options)

    async def catalogue(self, *, refresh: bool = False) -> ModelCatalogue:
        """The cached `/models` price catalogue (fetched when stale)."""
        return await self._transport.config.meter.catalogue_async(self._transport, refresh=refresh)

    async def price(self, model: str) -> ModelPrice:
        """A model's prices (`ValueError` for an unknown model or one without pricing)."""
        return (await self.catalogue()).price(model)

    async def estimate_cost(
        self, model: str, prompt_tokens: int, completion_tokens: int
    ) -> Decimal:
        """USD for the given token counts at the model's catalogue prices, as a `Decimal`."""
        return (await self.price(model)).cost(prompt_tokens, completion_tokens)
