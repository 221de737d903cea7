"""Resources for the operations tagged "batch" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.batch import Batch
    from ...models.batch_deletion import BatchDeletion
    from ...models.batch_list import BatchList
    from ...models.batch_status_filter import BatchStatusFilter
    from ...models.create_batch_request import CreateBatchRequest

__all__ = ["BatchResource", "AsyncBatchResource"]

_CREATE_BATCH = Operation(
    id="create_batch",
    tag="batch",
    method="POST",
    path="/batches",
    requires_auth=True,
)
_DELETE_BATCH = Operation(
    id="delete_batch",
    tag="batch",
    method="DELETE",
    path="/batches/{id}",
    requires_auth=True,
)
_GET_BATCH = Operation(
    id="get_batch",
    tag="batch",
    method="GET",
    path="/batches/{id}",
    requires_auth=True,
)
_LIST_BATCHES = Operation(
    id="list_batches",
    tag="batch",
    method="GET",
    path="/batches",
    requires_auth=True,
)


class BatchResource:
    """Operations tagged "batch"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateBatchRequest,
        **options: Unpack[RequestOptions],
    ) -> Batch:
        """Submit a batch of inference requests (`POST /batches`, operation `create_batch`)."""
        from . import create_batch as _operation

        return self._transport.request(
            _CREATE_BATCH,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BatchDeletion:
        """Delete a finished batch and its stored artifacts (`DELETE /batches/{id}`, operation `delete_batch`)."""
        from . import delete_batch as _operation

        return self._transport.request(
            _DELETE_BATCH,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Batch:
        """Get a batch, with its results once it has finished (`GET /batches/{id}`, operation `get_batch`)."""
        from . import get_batch as _operation

        return self._transport.request(
            _GET_BATCH,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        status: list[BatchStatusFilter] | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchList:
        """List batches, newest first (`GET /batches`, operation `list_batches`)."""
        from . import list_batches as _operation

        return self._transport.request(
            _LIST_BATCHES,
            _operation._get_kwargs(
                limit=limit,
                after=after,
                status=status,
                created_after=created_after,
                created_before=created_before,
            ),
            _operation._parse_ok,
            options,
        )


class AsyncBatchResource:
    """Awaitable operations tagged "batch"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateBatchRequest,
        **options: Unpack[RequestOptions],
    ) -> Batch:
        """Submit a batch of inference requests (`POST /batches`, operation `create_batch`)."""
        from . import create_batch as _operation

        return await self._transport.request(
            _CREATE_BATCH,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BatchDeletion:
        """Delete a finished batch and its stored artifacts (`DELETE /batches/{id}`, operation `delete_batch`)."""
        from . import delete_batch as _operation

        return await self._transport.request(
            _DELETE_BATCH,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Batch:
        """Get a batch, with its results once it has finished (`GET /batches/{id}`, operation `get_batch`)."""
        from . import get_batch as _operation

        return await self._transport.request(
            _GET_BATCH,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        status: list[BatchStatusFilter] | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchList:
        """List batches, newest first (`GET /batches`, operation `list_batches`)."""
        from . import list_batches as _operation

        return await self._transport.request(
            _LIST_BATCHES,
            _operation._get_kwargs(
                limit=limit,
                after=after,
                status=status,
                created_after=created_after,
                created_before=created_before,
            ),
            _operation._parse_ok,
            options,
        )
