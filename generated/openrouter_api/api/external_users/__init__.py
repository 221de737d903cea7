"""Resources for the operations tagged "external_users" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_external_user_request import CreateExternalUserRequest
    from ...models.external_user_list_response import ExternalUserListResponse
    from ...models.external_user_response import ExternalUserResponse
    from ...models.update_external_user_request import UpdateExternalUserRequest

__all__ = ["ExternalUsersResource", "AsyncExternalUsersResource"]

_CREATE_USER = Operation(
    id="create_user",
    tag="external_users",
    method="POST",
    path="/external-users",
    requires_auth=True,
)
_DELETE_USER = Operation(
    id="delete_user",
    tag="external_users",
    method="DELETE",
    path="/external-users/{user}",
    requires_auth=True,
)
_GET_USER = Operation(
    id="get_user",
    tag="external_users",
    method="GET",
    path="/external-users/{user}",
    requires_auth=True,
)
_LIST_USERS = Operation(
    id="list_users",
    tag="external_users",
    method="GET",
    path="/external-users",
    requires_auth=True,
)
_UPDATE_USER = Operation(
    id="update_user",
    tag="external_users",
    method="PATCH",
    path="/external-users/{user}",
    requires_auth=True,
)


class ExternalUsersResource:
    """Operations tagged "external_users"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateExternalUserRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Register an external user tracking id (`POST /external-users`, operation `create_user`)."""
        from . import create_user as _operation

        return self._transport.request(
            _CREATE_USER,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def delete(
        self,
        user: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deactivate a registration (`DELETE /external-users/{user}`, operation `delete_user`)."""
        from . import delete_user as _operation

        return self._transport.request(
            _DELETE_USER,
            _operation._get_kwargs(
                user=user,
            ),
            _operation._parse_ok,
            options,
        )

    def get(
        self,
        user: str,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Get one registration, active or not (`GET /external-users/{user}`, operation `get_user`)."""
        from . import get_user as _operation

        return self._transport.request(
            _GET_USER,
            _operation._get_kwargs(
                user=user,
            ),
            _operation._parse_ok,
            options,
        )

    def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        user: str | Unset = UNSET,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserListResponse:
        """List registered external users (`GET /external-users`, operation `list_users`)."""
        from . import list_users as _operation

        return self._transport.request(
            _LIST_USERS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
                user=user,
                include_inactive=include_inactive,
            ),
            _operation._parse_ok,
            options,
        )

    def update(
        self,
        user: str,
        *,
        body: UpdateExternalUserRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Activate or deactivate a registration (`PATCH /external-users/{user}`, operation `update_user`)."""
        from . import update_user as _operation

        return self._transport.request(
            _UPDATE_USER,
            _operation._get_kwargs(
                user=user,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )


class AsyncExternalUsersResource:
    """Awaitable operations tagged "external_users"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateExternalUserRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Register an external user tracking id (`POST /external-users`, operation `create_user`)."""
        from . import create_user as _operation

        return await self._transport.request(
            _CREATE_USER,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def delete(
        self,
        user: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deactivate a registration (`DELETE /external-users/{user}`, operation `delete_user`)."""
        from . import delete_user as _operation

        return await self._transport.request(
            _DELETE_USER,
            _operation._get_kwargs(
                user=user,
            ),
            _operation._parse_ok,
            options,
        )

    async def get(
        self,
        user: str,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Get one registration, active or not (`GET /external-users/{user}`, operation `get_user`)."""
        from . import get_user as _operation

        return await self._transport.request(
            _GET_USER,
            _operation._get_kwargs(
                user=user,
            ),
            _operation._parse_ok,
            options,
        )

    async def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        user: str | Unset = UNSET,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserListResponse:
        """List registered external users (`GET /external-users`, operation `list_users`)."""
        from . import list_users as _operation

        return await self._transport.request(
            _LIST_USERS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
                user=user,
                include_inactive=include_inactive,
            ),
            _operation._parse_ok,
            options,
        )

    async def update(
        self,
        user: str,
        *,
        body: UpdateExternalUserRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Activate or deactivate a registration (`PATCH /external-users/{user}`, operation `update_user`)."""
        from . import update_user as _operation

        return await self._transport.request(
            _UPDATE_USER,
            _operation._get_kwargs(
                user=user,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )
