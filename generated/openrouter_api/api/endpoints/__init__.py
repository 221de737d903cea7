"""Resources for the operations tagged "endpoints" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.model_endpoints_response import ModelEndpointsResponse
    from ...models.zdr_endpoint_list_response import ZdrEndpointListResponse

__all__ = [
    "EndpointsResource",
    "AsyncEndpointsResource",
    "LIST_MODEL_ENDPOINTS",
    "LIST_ZDR_ENDPOINTS",
]

LIST_MODEL_ENDPOINTS = Operation(
    id="list_model_endpoints",
    tag="endpoints",
    method="GET",
    path="/models/{author}/{slug}/endpoints",
    requires_auth=True,
)
LIST_ZDR_ENDPOINTS = Operation(
    id="list_zdr_endpoints",
    tag="endpoints",
    method="GET",
    path="/endpoints/zdr",
    requires_auth=True,
)


class EndpointsResource:
    """Operations tagged "endpoints"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def list_model(
        self,
        author: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> ModelEndpointsResponse:
        """List the provider endpoints that serve one model. (`GET /models/{author}/{slug}/endpoints`, operation `list_model_endpoints`).

        Each endpoint carries its own pricing, limits, quantization, uptime and recent latency and
        throughput.

        Args:
            author (str):
            slug (str):
        """
        from . import list_model_endpoints as _operation

        return self._transport.request(
            LIST_MODEL_ENDPOINTS,
            _operation.build_request(
                author=author,
                slug=slug,
            ),
            _operation.parse_response,
            options,
        )

    def list_zdr(
        self,
        **options: Unpack[RequestOptions],
    ) -> ZdrEndpointListResponse:
        """Preview which endpoints remain under zero data retention. (`GET /endpoints/zdr`, operation `list_zdr_endpoints`).

        Lists every model endpoint that would still be routable if the request demanded zero
        data retention (`provider.zdr: true` or the account-wide ZDR setting).
        """
        from . import list_zdr_endpoints as _operation

        return self._transport.request(
            LIST_ZDR_ENDPOINTS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )


class AsyncEndpointsResource:
    """Awaitable operations tagged "endpoints"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list_model(
        self,
        author: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> ModelEndpointsResponse:
        """List the provider endpoints that serve one model. (`GET /models/{author}/{slug}/endpoints`, operation `list_model_endpoints`).

        Each endpoint carries its own pricing, limits, quantization, uptime and recent latency and
        throughput.

        Args:
            author (str):
            slug (str):
        """
        from . import list_model_endpoints as _operation

        return await self._transport.request(
            LIST_MODEL_ENDPOINTS,
            _operation.build_request(
                author=author,
                slug=slug,
            ),
            _operation.parse_response,
            options,
        )

    async def list_zdr(
        self,
        **options: Unpack[RequestOptions],
    ) -> ZdrEndpointListResponse:
        """Preview which endpoints remain under zero data retention. (`GET /endpoints/zdr`, operation `list_zdr_endpoints`).

        Lists every model endpoint that would still be routable if the request demanded zero
        data retention (`provider.zdr: true` or the account-wide ZDR setting).
        """
        from . import list_zdr_endpoints as _operation

        return await self._transport.request(
            LIST_ZDR_ENDPOINTS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )
