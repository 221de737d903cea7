"""Account resources with short names: the current key (`client.key.get()`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from openrouter_api.api import RequestOptions

if TYPE_CHECKING:
    from openrouter_api.api.api_keys import ApiKeysResource, AsyncApiKeysResource
    from openrouter_api.models import CurrentKeyResponse

__all__ = ["AsyncCurrentKey", "CurrentKey"]


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
