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

__all__ = [
    "BatchResource",
    "AsyncBatchResource",
    "CREATE_BATCH",
    "DELETE_BATCH",
    "GET_BATCH",
    "LIST_BATCHES",
]

CREATE_BATCH = Operation(
    id="create_batch",
    tag="batch",
    method="POST",
    path="/batches",
    requires_auth=True,
)
DELETE_BATCH = Operation(
    id="delete_batch",
    tag="batch",
    method="DELETE",
    path="/batches/{id}",
    requires_auth=True,
)
GET_BATCH = Operation(
    id="get_batch",
    tag="batch",
    method="GET",
    path="/batches/{id}",
    requires_auth=True,
)
LIST_BATCHES = Operation(
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
        """Submit a batch of inference requests (`POST /batches`, operation `create_batch`).

        Queues text-only requests against one endpoint and model for asynchronous processing at a
        reduced price; answers 202 with the new batch. The server stream-parses the body, so
        `endpoint`, `model` and `callback_url` must be serialised before `requests`. Batches are
        also served under `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).
        Not safe to retry on connection errors (the batch may already exist).

        Args:
            body (CreateBatchRequest): A batch submission. The server stream-parses this body, so
                `endpoint`, `model` and
                `callback_url` must be serialised before `requests`; keep the property order below.
        """
        from . import create_batch as _operation

        return self._transport.request(
            CREATE_BATCH,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BatchDeletion:
        """Delete a finished batch and its stored artifacts (`DELETE /batches/{id}`, operation `delete_batch`).

        Only batches in a terminal status can be deleted (409 otherwise). Also removes the
        upstream provider's copy where the provider supports it. Batches are also served under
        `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).

        Args:
            id (str):
        """
        from . import delete_batch as _operation

        return self._transport.request(
            DELETE_BATCH,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Batch:
        """Get a batch, with its results once it has finished (`GET /batches/{id}`, operation `get_batch`).

        Results are inline (`results`) once the batch reaches a terminal status; there is no
        separate download. A 402 here carries the batch object with `error` set. Batches are also
        served under `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).

        Args:
            id (str):
        """
        from . import get_batch as _operation

        return self._transport.request(
            GET_BATCH,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
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
        """List batches, newest first (`GET /batches`, operation `list_batches`).

        Cursor pagination: pass the previous page's `last_id` as `after` while `has_more` is true.
        Batches are also served under `https://openrouter.ai/api/beta` (see
        `x-openrouter-alternate-base`); the default server works too.

        Args:
            limit (int | Unset):
            after (str | Unset):
            status (list[BatchStatusFilter] | Unset):
            created_after (str | Unset):
            created_before (str | Unset):
        """
        from . import list_batches as _operation

        return self._transport.request(
            LIST_BATCHES,
            _operation.build_request(
                limit=limit,
                after=after,
                status=status,
                created_after=created_after,
                created_before=created_before,
            ),
            _operation.parse_response,
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
        """Submit a batch of inference requests (`POST /batches`, operation `create_batch`).

        Queues text-only requests against one endpoint and model for asynchronous processing at a
        reduced price; answers 202 with the new batch. The server stream-parses the body, so
        `endpoint`, `model` and `callback_url` must be serialised before `requests`. Batches are
        also served under `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).
        Not safe to retry on connection errors (the batch may already exist).

        Args:
            body (CreateBatchRequest): A batch submission. The server stream-parses this body, so
                `endpoint`, `model` and
                `callback_url` must be serialised before `requests`; keep the property order below.
        """
        from . import create_batch as _operation

        return await self._transport.request(
            CREATE_BATCH,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BatchDeletion:
        """Delete a finished batch and its stored artifacts (`DELETE /batches/{id}`, operation `delete_batch`).

        Only batches in a terminal status can be deleted (409 otherwise). Also removes the
        upstream provider's copy where the provider supports it. Batches are also served under
        `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).

        Args:
            id (str):
        """
        from . import delete_batch as _operation

        return await self._transport.request(
            DELETE_BATCH,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Batch:
        """Get a batch, with its results once it has finished (`GET /batches/{id}`, operation `get_batch`).

        Results are inline (`results`) once the batch reaches a terminal status; there is no
        separate download. A 402 here carries the batch object with `error` set. Batches are also
        served under `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).

        Args:
            id (str):
        """
        from . import get_batch as _operation

        return await self._transport.request(
            GET_BATCH,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
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
        """List batches, newest first (`GET /batches`, operation `list_batches`).

        Cursor pagination: pass the previous page's `last_id` as `after` while `has_more` is true.
        Batches are also served under `https://openrouter.ai/api/beta` (see
        `x-openrouter-alternate-base`); the default server works too.

        Args:
            limit (int | Unset):
            after (str | Unset):
            status (list[BatchStatusFilter] | Unset):
            created_after (str | Unset):
            created_before (str | Unset):
        """
        from . import list_batches as _operation

        return await self._transport.request(
            LIST_BATCHES,
            _operation.build_request(
                limit=limit,
                after=after,
                status=status,
                created_after=created_after,
                created_before=created_before,
            ),
            _operation.parse_response,
            options,
        )
