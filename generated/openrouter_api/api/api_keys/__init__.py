"""Resources for the operations tagged "api_keys" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.api_key_list_response import ApiKeyListResponse
    from ...models.api_key_response import ApiKeyResponse
    from ...models.create_api_key_request import CreateApiKeyRequest
    from ...models.create_api_key_response import CreateApiKeyResponse
    from ...models.current_key_response import CurrentKeyResponse
    from ...models.delete_api_key_response import DeleteApiKeyResponse
    from ...models.update_api_key_request import UpdateApiKeyRequest

__all__ = [
    "ApiKeysResource",
    "AsyncApiKeysResource",
    "CREATE_KEY",
    "DELETE_KEY",
    "GET_CURRENT_KEY",
    "GET_KEY",
    "LIST_KEYS",
    "UPDATE_KEY",
]

CREATE_KEY = Operation(
    id="create_key",
    tag="api_keys",
    method="POST",
    path="/keys",
    requires_auth=True,
)
DELETE_KEY = Operation(
    id="delete_key",
    tag="api_keys",
    method="DELETE",
    path="/keys/{hash_}",
    requires_auth=True,
)
GET_CURRENT_KEY = Operation(
    id="get_current_key",
    tag="api_keys",
    method="GET",
    path="/key",
    requires_auth=True,
)
GET_KEY = Operation(
    id="get_key",
    tag="api_keys",
    method="GET",
    path="/keys/{hash_}",
    requires_auth=True,
)
LIST_KEYS = Operation(
    id="list_keys",
    tag="api_keys",
    method="GET",
    path="/keys",
    requires_auth=True,
)
UPDATE_KEY = Operation(
    id="update_key",
    tag="api_keys",
    method="PATCH",
    path="/keys/{hash_}",
    requires_auth=True,
)


class ApiKeysResource:
    """Operations tagged "api_keys"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateApiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> CreateApiKeyResponse:
        """Issue a new inference key (`POST /keys`, operation `create_key`).

        Creates an inference key. The secret value is returned once in the response and never again.

        Args:
            body (CreateApiKeyRequest): Settings for a new API key.
        """
        from . import create_key as _operation

        return self._transport.request(
            CREATE_KEY,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def delete(
        self,
        hash_: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteApiKeyResponse:
        """Remove an inference key (`DELETE /keys/{hash_}`, operation `delete_key`).

        Args:
            hash_ (str):
        """
        from . import delete_key as _operation

        return self._transport.request(
            DELETE_KEY,
            _operation.build_request(
                hash_=hash_,
            ),
            _operation.parse_response,
            options,
        )

    def get_current(
        self,
        **options: Unpack[RequestOptions],
    ) -> CurrentKeyResponse:
        """Describe the key used to make this request. (`GET /key`, operation `get_current_key`).

        Reports the key's spending limit, what is left of it, usage counters and key type.
        """
        from . import get_current_key as _operation

        return self._transport.request(
            GET_CURRENT_KEY,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    def get(
        self,
        hash_: str,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyResponse:
        """Look up one inference key by its hash (`GET /keys/{hash_}`, operation `get_key`).

        Args:
            hash_ (str):
        """
        from . import get_key as _operation

        return self._transport.request(
            GET_KEY,
            _operation.build_request(
                hash_=hash_,
            ),
            _operation.parse_response,
            options,
        )

    def list(
        self,
        *,
        include_disabled: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        offset: int | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyListResponse:
        """List the inference keys of a workspace (`GET /keys`, operation `list_keys`).

        Lists the inference keys of a workspace (the default workspace unless `workspace_id` is
        given).

        Args:
            include_disabled (bool | Unset):
            include_expired (bool | Unset):
            offset (int | Unset):
            workspace_id (str | Unset):
        """
        from . import list_keys as _operation

        return self._transport.request(
            LIST_KEYS,
            _operation.build_request(
                include_disabled=include_disabled,
                include_expired=include_expired,
                offset=offset,
                workspace_id=workspace_id,
            ),
            _operation.parse_response,
            options,
        )

    def update(
        self,
        hash_: str,
        *,
        body: UpdateApiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyResponse:
        """Rename, disable or re-limit an inference key (`PATCH /keys/{hash_}`, operation `update_key`).

        Args:
            hash_ (str):
            body (UpdateApiKeyRequest): Fields to change on a key; omitted fields stay as they are.
        """
        from . import update_key as _operation

        return self._transport.request(
            UPDATE_KEY,
            _operation.build_request(
                hash_=hash_,
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncApiKeysResource:
    """Awaitable operations tagged "api_keys"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateApiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> CreateApiKeyResponse:
        """Issue a new inference key (`POST /keys`, operation `create_key`).

        Creates an inference key. The secret value is returned once in the response and never again.

        Args:
            body (CreateApiKeyRequest): Settings for a new API key.
        """
        from . import create_key as _operation

        return await self._transport.request(
            CREATE_KEY,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def delete(
        self,
        hash_: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteApiKeyResponse:
        """Remove an inference key (`DELETE /keys/{hash_}`, operation `delete_key`).

        Args:
            hash_ (str):
        """
        from . import delete_key as _operation

        return await self._transport.request(
            DELETE_KEY,
            _operation.build_request(
                hash_=hash_,
            ),
            _operation.parse_response,
            options,
        )

    async def get_current(
        self,
        **options: Unpack[RequestOptions],
    ) -> CurrentKeyResponse:
        """Describe the key used to make this request. (`GET /key`, operation `get_current_key`).

        Reports the key's spending limit, what is left of it, usage counters and key type.
        """
        from . import get_current_key as _operation

        return await self._transport.request(
            GET_CURRENT_KEY,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    async def get(
        self,
        hash_: str,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyResponse:
        """Look up one inference key by its hash (`GET /keys/{hash_}`, operation `get_key`).

        Args:
            hash_ (str):
        """
        from . import get_key as _operation

        return await self._transport.request(
            GET_KEY,
            _operation.build_request(
                hash_=hash_,
            ),
            _operation.parse_response,
            options,
        )

    async def list(
        self,
        *,
        include_disabled: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        offset: int | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyListResponse:
        """List the inference keys of a workspace (`GET /keys`, operation `list_keys`).

        Lists the inference keys of a workspace (the default workspace unless `workspace_id` is
        given).

        Args:
            include_disabled (bool | Unset):
            include_expired (bool | Unset):
            offset (int | Unset):
            workspace_id (str | Unset):
        """
        from . import list_keys as _operation

        return await self._transport.request(
            LIST_KEYS,
            _operation.build_request(
                include_disabled=include_disabled,
                include_expired=include_expired,
                offset=offset,
                workspace_id=workspace_id,
            ),
            _operation.parse_response,
            options,
        )

    async def update(
        self,
        hash_: str,
        *,
        body: UpdateApiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyResponse:
        """Rename, disable or re-limit an inference key (`PATCH /keys/{hash_}`, operation `update_key`).

        Args:
            hash_ (str):
            body (UpdateApiKeyRequest): Fields to change on a key; omitted fields stay as they are.
        """
        from . import update_key as _operation

        return await self._transport.request(
            UPDATE_KEY,
            _operation.build_request(
                hash_=hash_,
                body=body,
            ),
            _operation.parse_response,
            options,
        )
