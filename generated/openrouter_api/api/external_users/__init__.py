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

__all__ = [
    "ExternalUsersResource",
    "AsyncExternalUsersResource",
    "CREATE_USER",
    "DELETE_USER",
    "GET_USER",
    "LIST_USERS",
    "UPDATE_USER",
]

CREATE_USER = Operation(
    id="create_user",
    tag="external_users",
    method="POST",
    path="/external-users",
    requires_auth=True,
)
DELETE_USER = Operation(
    id="delete_user",
    tag="external_users",
    method="DELETE",
    path="/external-users/{user}",
    requires_auth=True,
)
GET_USER = Operation(
    id="get_user",
    tag="external_users",
    method="GET",
    path="/external-users/{user}",
    requires_auth=True,
)
LIST_USERS = Operation(
    id="list_users",
    tag="external_users",
    method="GET",
    path="/external-users",
    requires_auth=True,
)
UPDATE_USER = Operation(
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
        """Register an external user tracking id (`POST /external-users`, operation `create_user`).

        Only records the id for the organization; no login, policy or credential is created.

        Args:
            body (CreateExternalUserRequest):
        """
        from . import create_user as _operation

        return self._transport.request(
            CREATE_USER,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def delete(
        self,
        user: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deactivate a registration (`DELETE /external-users/{user}`, operation `delete_user`).

        A soft delete: the tracking id is kept and can be reactivated with `update_user`. Repeating
        it
        succeeds. Inference is not blocked.

        Args:
            user (str):
        """
        from . import delete_user as _operation

        return self._transport.request(
            DELETE_USER,
            _operation.build_request(
                user=user,
            ),
            _operation.parse_response,
            options,
        )

    def get(
        self,
        user: str,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Get one registration, active or not (`GET /external-users/{user}`, operation `get_user`).

        Args:
            user (str):
        """
        from . import get_user as _operation

        return self._transport.request(
            GET_USER,
            _operation.build_request(
                user=user,
            ),
            _operation.parse_response,
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
        """List registered external users (`GET /external-users`, operation `list_users`).

        Deactivated registrations are left out unless `include_inactive=true`.

        Args:
            offset (int | Unset):
            limit (int | Unset):
            user (str | Unset):
            include_inactive (bool | Unset):
        """
        from . import list_users as _operation

        return self._transport.request(
            LIST_USERS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                user=user,
                include_inactive=include_inactive,
            ),
            _operation.parse_response,
            options,
        )

    def update(
        self,
        user: str,
        *,
        body: UpdateExternalUserRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Activate or deactivate a registration (`PATCH /external-users/{user}`, operation `update_user`).

        The state is bookkeeping only; it does not allow or block inference.

        Args:
            user (str):
            body (UpdateExternalUserRequest):
        """
        from . import update_user as _operation

        return self._transport.request(
            UPDATE_USER,
            _operation.build_request(
                user=user,
                body=body,
            ),
            _operation.parse_response,
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
        """Register an external user tracking id (`POST /external-users`, operation `create_user`).

        Only records the id for the organization; no login, policy or credential is created.

        Args:
            body (CreateExternalUserRequest):
        """
        from . import create_user as _operation

        return await self._transport.request(
            CREATE_USER,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def delete(
        self,
        user: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deactivate a registration (`DELETE /external-users/{user}`, operation `delete_user`).

        A soft delete: the tracking id is kept and can be reactivated with `update_user`. Repeating
        it
        succeeds. Inference is not blocked.

        Args:
            user (str):
        """
        from . import delete_user as _operation

        return await self._transport.request(
            DELETE_USER,
            _operation.build_request(
                user=user,
            ),
            _operation.parse_response,
            options,
        )

    async def get(
        self,
        user: str,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Get one registration, active or not (`GET /external-users/{user}`, operation `get_user`).

        Args:
            user (str):
        """
        from . import get_user as _operation

        return await self._transport.request(
            GET_USER,
            _operation.build_request(
                user=user,
            ),
            _operation.parse_response,
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
        """List registered external users (`GET /external-users`, operation `list_users`).

        Deactivated registrations are left out unless `include_inactive=true`.

        Args:
            offset (int | Unset):
            limit (int | Unset):
            user (str | Unset):
            include_inactive (bool | Unset):
        """
        from . import list_users as _operation

        return await self._transport.request(
            LIST_USERS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                user=user,
                include_inactive=include_inactive,
            ),
            _operation.parse_response,
            options,
        )

    async def update(
        self,
        user: str,
        *,
        body: UpdateExternalUserRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalUserResponse:
        """Activate or deactivate a registration (`PATCH /external-users/{user}`, operation `update_user`).

        The state is bookkeeping only; it does not allow or block inference.

        Args:
            user (str):
            body (UpdateExternalUserRequest):
        """
        from . import update_user as _operation

        return await self._transport.request(
            UPDATE_USER,
            _operation.build_request(
                user=user,
                body=body,
            ),
            _operation.parse_response,
            options,
        )
