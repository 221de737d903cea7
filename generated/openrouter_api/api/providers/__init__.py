"""Resources for the operations tagged "providers" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.provider_list_response import ProviderListResponse

__all__ = [
    "ProvidersResource",
    "AsyncProvidersResource",
    "LIST_PROVIDERS",
]

LIST_PROVIDERS = Operation(
    id="list_providers",
    tag="providers",
    method="GET",
    path="/providers",
    requires_auth=True,
)


class ProvidersResource:
    """Operations tagged "providers"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ProviderListResponse:
        """List the inference providers OpenRouter routes to. (`GET /providers`, operation `list_providers`)."""
        from . import list_providers as _operation

        return self._transport.request(
            LIST_PROVIDERS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )


class AsyncProvidersResource:
    """Awaitable operations tagged "providers"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ProviderListResponse:
        """List the inference providers OpenRouter routes to. (`GET /providers`, operation `list_providers`)."""
        from . import list_providers as _operation

        return await self._transport.request(
            LIST_PROVIDERS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )
