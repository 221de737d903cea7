"""Resources for the operations tagged "rerank" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_rerank_request import CreateRerankRequest
    from ...models.rerank_response import RerankResponse

__all__ = [
    "RerankResource",
    "AsyncRerankResource",
    "CREATE_RERANK",
]

CREATE_RERANK = Operation(
    id="create_rerank",
    tag="rerank",
    method="POST",
    path="/rerank",
    requires_auth=True,
)


class RerankResource:
    """Operations tagged "rerank"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateRerankRequest,
        **options: Unpack[RequestOptions],
    ) -> RerankResponse:
        """Order documents by how relevant they are to a query. (`POST /rerank`, operation `create_rerank`).

        Scores every document against the query and returns them best first. The official
        description also lists a `text/event-stream` answer, but reranking never streams.

        Args:
            body (CreateRerankRequest): A query and the documents to rank against it.
        """
        from . import create_rerank as _operation

        return self._transport.request(
            CREATE_RERANK,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncRerankResource:
    """Awaitable operations tagged "rerank"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateRerankRequest,
        **options: Unpack[RequestOptions],
    ) -> RerankResponse:
        """Order documents by how relevant they are to a query. (`POST /rerank`, operation `create_rerank`).

        Scores every document against the query and returns them best first. The official
        description also lists a `text/event-stream` answer, but reranking never streams.

        Args:
            body (CreateRerankRequest): A query and the documents to rank against it.
        """
        from . import create_rerank as _operation

        return await self._transport.request(
            CREATE_RERANK,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )
