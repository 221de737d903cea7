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

__all__ = ["ByokResource", "AsyncByokResource"]

_CREATE_BYOK = Operation(
    id="create_byok",
    tag="byok",
    method="POST",
    path="/byok",
    requires_auth=True,
)
_DELETE_BYOK = Operation(
    id="delete_byok",
    tag="byok",
    method="DELETE",
    path="/byok/{id}",
    requires_auth=True,
)
_GET_BYOK = Operation(
    id="get_byok",
    tag="byok",
    method="GET",
    path="/byok/{id}",
    requires_auth=True,
)
_LIST_BYOK = Operation(
    id="list_byok",
    tag="byok",
    method="GET",
    path="/byok",
    requires_auth=True,
)
_UPDATE_BYOK = Operation(
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
        """Add a BYOK credential (`POST /byok`, operation `create_byok`)."""
        from . import create_byok as _operation

        return self._transport.request(
            _CREATE_BYOK,
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
    ) -> DeleteByokKeyResponse:
        """Remove a BYOK credential (`DELETE /byok/{id}`, operation `delete_byok`)."""
        from . import delete_byok as _operation

        return self._transport.request(
            _DELETE_BYOK,
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
    ) -> ByokKeyResponse:
        """Fetch one BYOK credential (`GET /byok/{id}`, operation `get_byok`)."""
        from . import get_byok as _operation

        return self._transport.request(
            _GET_BYOK,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
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
        """List stored provider credentials (BYOK) (`GET /byok`, operation `list_byok`)."""
        from . import list_byok as _operation

        return self._transport.request(
            _LIST_BYOK,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation._parse_ok,
            options,
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateByokKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> ByokKeyResponse:
        """Change a BYOK credential (`PATCH /byok/{id}`, operation `update_byok`)."""
        from . import update_byok as _operation

        return self._transport.request(
            _UPDATE_BYOK,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
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
        """Add a BYOK credential (`POST /byok`, operation `create_byok`)."""
        from . import create_byok as _operation

        return await self._transport.request(
            _CREATE_BYOK,
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
    ) -> DeleteByokKeyResponse:
        """Remove a BYOK credential (`DELETE /byok/{id}`, operation `delete_byok`)."""
        from . import delete_byok as _operation

        return await self._transport.request(
            _DELETE_BYOK,
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
    ) -> ByokKeyResponse:
        """Fetch one BYOK credential (`GET /byok/{id}`, operation `get_byok`)."""
        from . import get_byok as _operation

        return await self._transport.request(
            _GET_BYOK,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
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
        """List stored provider credentials (BYOK) (`GET /byok`, operation `list_byok`)."""
        from . import list_byok as _operation

        return await self._transport.request(
            _LIST_BYOK,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation._parse_ok,
            options,
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateByokKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> ByokKeyResponse:
        """Change a BYOK credential (`PATCH /byok/{id}`, operation `update_byok`)."""
        from . import update_byok as _operation

        return await self._transport.request(
            _UPDATE_BYOK,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )
