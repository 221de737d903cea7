"""Resources for the operations tagged "byok" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.byok_key_list_response import ByokKeyListResponse
    from ...models.byok_key_response import ByokKeyResponse
    from ...models.create_byok_key_request import CreateByokKeyRequest
    from ...models.delete_byok_key_response import DeleteByokKeyResponse
    from ...models.update_byok_key_request import UpdateByokKeyRequest

__all__ = [
    "ByokResource",
    "AsyncByokResource",
    "CREATE_BYOK",
    "DELETE_BYOK",
    "GET_BYOK",
    "LIST_BYOK",
    "UPDATE_BYOK",
]

CREATE_BYOK = Operation(
    id="create_byok",
    tag="byok",
    method="POST",
    path="/byok",
    requires_auth=True,
)
DELETE_BYOK = Operation(
    id="delete_byok",
    tag="byok",
    method="DELETE",
    path="/byok/{id}",
    requires_auth=True,
)
GET_BYOK = Operation(
    id="get_byok",
    tag="byok",
    method="GET",
    path="/byok/{id}",
    requires_auth=True,
)
LIST_BYOK = Operation(
    id="list_byok",
    tag="byok",
    method="GET",
    path="/byok",
    requires_auth=True,
)
UPDATE_BYOK = Operation(
    id="update_byok",
    tag="byok",
    method="PATCH",
    path="/byok/{id}",
    requires_auth=True,
)


class ByokResource:
    """Operations tagged "byok"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateByokKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> ByokKeyResponse:
        """Add a BYOK credential (`POST /byok`, operation `create_byok`).

        Stores a provider secret to route requests through your own provider account.

        Args:
            body (CreateByokKeyRequest): A new BYOK credential.
        """
        from . import create_byok as _operation

        return self._transport.request(
            CREATE_BYOK,
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
    ) -> DeleteByokKeyResponse:
        """Remove a BYOK credential (`DELETE /byok/{id}`, operation `delete_byok`).

        Args:
            id (str):
        """
        from . import delete_byok as _operation

        return self._transport.request(
            DELETE_BYOK,
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
    ) -> ByokKeyResponse:
        """Fetch one BYOK credential (`GET /byok/{id}`, operation `get_byok`).

        Args:
            id (str):
        """
        from . import get_byok as _operation

        return self._transport.request(
            GET_BYOK,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ByokKeyListResponse:
        """List stored provider credentials (BYOK) (`GET /byok`, operation `list_byok`).

        Lists provider credentials of a workspace (the default workspace unless `workspace_id` is
        given).

        Args:
            offset (int | Unset):
            limit (int | Unset):
            workspace_id (str | Unset):
            provider (str | Unset):
        """
        from . import list_byok as _operation

        return self._transport.request(
            LIST_BYOK,
            _operation.build_request(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateByokKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> ByokKeyResponse:
        """Change a BYOK credential (`PATCH /byok/{id}`, operation `update_byok`).

        Args:
            id (str):
            body (UpdateByokKeyRequest): Fields to change on a BYOK credential.
        """
        from . import update_byok as _operation

        return self._transport.request(
            UPDATE_BYOK,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncByokResource:
    """Awaitable operations tagged "byok"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateByokKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> ByokKeyResponse:
        """Add a BYOK credential (`POST /byok`, operation `create_byok`).

        Stores a provider secret to route requests through your own provider account.

        Args:
            body (CreateByokKeyRequest): A new BYOK credential.
        """
        from . import create_byok as _operation

        return await self._transport.request(
            CREATE_BYOK,
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
    ) -> DeleteByokKeyResponse:
        """Remove a BYOK credential (`DELETE /byok/{id}`, operation `delete_byok`).

        Args:
            id (str):
        """
        from . import delete_byok as _operation

        return await self._transport.request(
            DELETE_BYOK,
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
    ) -> ByokKeyResponse:
        """Fetch one BYOK credential (`GET /byok/{id}`, operation `get_byok`).

        Args:
            id (str):
        """
        from . import get_byok as _operation

        return await self._transport.request(
            GET_BYOK,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ByokKeyListResponse:
        """List stored provider credentials (BYOK) (`GET /byok`, operation `list_byok`).

        Lists provider credentials of a workspace (the default workspace unless `workspace_id` is
        given).

        Args:
            offset (int | Unset):
            limit (int | Unset):
            workspace_id (str | Unset):
            provider (str | Unset):
        """
        from . import list_byok as _operation

        return await self._transport.request(
            LIST_BYOK,
            _operation.build_request(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateByokKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> ByokKeyResponse:
        """Change a BYOK credential (`PATCH /byok/{id}`, operation `update_byok`).

        Args:
            id (str):
            body (UpdateByokKeyRequest): Fields to change on a BYOK credential.
        """
        from . import update_byok as _operation

        return await self._transport.request(
            UPDATE_BYOK,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )
