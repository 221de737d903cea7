"""Resources for the operations tagged "scim" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_scim_group_mapping_request import CreateScimGroupMappingRequest
    from ...models.delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
    from ...models.scim_group_list_response import ScimGroupListResponse
    from ...models.scim_group_mapping_list_response import ScimGroupMappingListResponse
    from ...models.scim_group_mapping_response import ScimGroupMappingResponse
    from ...models.scim_sync_job_response import ScimSyncJobResponse
    from ...models.update_scim_group_mapping_request import UpdateScimGroupMappingRequest

__all__ = [
    "ScimResource",
    "AsyncScimResource",
    "CREATE_SCIM_GROUP_MAPPING",
    "CREATE_SCIM_SYNC_JOB",
    "DELETE_SCIM_GROUP_MAPPING",
    "GET_SCIM_GROUP_MAPPING",
    "GET_SCIM_SYNC_JOB",
    "LIST_SCIM_GROUP_MAPPINGS",
    "LIST_SCIM_GROUPS",
    "UPDATE_SCIM_GROUP_MAPPING",
]

CREATE_SCIM_GROUP_MAPPING = Operation(
    id="create_scim_group_mapping",
    tag="scim",
    method="POST",
    path="/scim/group-mappings",
    requires_auth=True,
)
CREATE_SCIM_SYNC_JOB = Operation(
    id="create_scim_sync_job",
    tag="scim",
    method="POST",
    path="/scim/sync-jobs",
    requires_auth=True,
)
DELETE_SCIM_GROUP_MAPPING = Operation(
    id="delete_scim_group_mapping",
    tag="scim",
    method="DELETE",
    path="/scim/group-mappings/{id}",
    requires_auth=True,
)
GET_SCIM_GROUP_MAPPING = Operation(
    id="get_scim_group_mapping",
    tag="scim",
    method="GET",
    path="/scim/group-mappings/{id}",
    requires_auth=True,
)
GET_SCIM_SYNC_JOB = Operation(
    id="get_scim_sync_job",
    tag="scim",
    method="GET",
    path="/scim/sync-jobs/{id}",
    requires_auth=True,
)
LIST_SCIM_GROUP_MAPPINGS = Operation(
    id="list_scim_group_mappings",
    tag="scim",
    method="GET",
    path="/scim/group-mappings",
    requires_auth=True,
)
LIST_SCIM_GROUPS = Operation(
    id="list_scim_groups",
    tag="scim",
    method="GET",
    path="/scim/groups",
    requires_auth=True,
)
UPDATE_SCIM_GROUP_MAPPING = Operation(
    id="update_scim_group_mapping",
    tag="scim",
    method="PATCH",
    path="/scim/group-mappings/{id}",
    requires_auth=True,
)


class ScimResource:
    """Operations tagged "scim"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create_group_mapping(
        self,
        *,
        body: CreateScimGroupMappingRequest,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupMappingResponse:
        """Map a SCIM group to a workspace role (`POST /scim/group-mappings`, operation `create_scim_group_mapping`).

        Repeating an existing mapping with the same role succeeds and re-applies it to the group's
        members; asking for a different role on an existing mapping answers 409.

        Args:
            body (CreateScimGroupMappingRequest):
        """
        from . import create_scim_group_mapping as _operation

        return self._transport.request(
            CREATE_SCIM_GROUP_MAPPING,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def create_sync_job(
        self,
        **options: Unpack[RequestOptions],
    ) -> ScimSyncJobResponse:
        """Start a SCIM directory sync (`POST /scim/sync-jobs`, operation `create_scim_sync_job`).

        The sync runs in the background; poll the returned job with `get_scim_sync_job`.
        """
        from . import create_scim_sync_job as _operation

        return self._transport.request(
            CREATE_SCIM_SYNC_JOB,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    def delete_group_mapping(
        self,
        id: str,
        *,
        keep_members: bool,
        **options: Unpack[RequestOptions],
    ) -> DeleteScimGroupMappingResponse:
        """Delete a SCIM group mapping (`DELETE /scim/group-mappings/{id}`, operation `delete_scim_group_mapping`).

        `keep_members` is mandatory: `false` also removes the workspace members the mapping granted,
        `true` leaves them in place as manually managed members. Leaving it out answers 400.

        Args:
            id (str):
            keep_members (bool):
        """
        from . import delete_scim_group_mapping as _operation

        return self._transport.request(
            DELETE_SCIM_GROUP_MAPPING,
            _operation.build_request(
                id=id,
                keep_members=keep_members,
            ),
            _operation.parse_response,
            options,
        )

    def get_group_mapping(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupMappingResponse:
        """Get one SCIM group mapping (`GET /scim/group-mappings/{id}`, operation `get_scim_group_mapping`).

        Args:
            id (str):
        """
        from . import get_scim_group_mapping as _operation

        return self._transport.request(
            GET_SCIM_GROUP_MAPPING,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def get_sync_job(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ScimSyncJobResponse:
        """Get the state of a SCIM directory sync (`GET /scim/sync-jobs/{id}`, operation `get_scim_sync_job`).

        Args:
            id (str):
        """
        from . import get_scim_sync_job as _operation

        return self._transport.request(
            GET_SCIM_SYNC_JOB,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def list_group_mappings(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupMappingListResponse:
        """List SCIM group-to-workspace mappings (`GET /scim/group-mappings`, operation `list_scim_group_mappings`).

        Management of the organization's mappings from identity-provider groups to workspace roles.
        These are not the SCIM 2.0 endpoints your identity provider talks to.

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_scim_group_mappings as _operation

        return self._transport.request(
            LIST_SCIM_GROUP_MAPPINGS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    def list_groups(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        display_name: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupListResponse:
        """List the organization's SCIM groups (`GET /scim/groups`, operation `list_scim_groups`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
            display_name (str | Unset):
            external_id (str | Unset):
        """
        from . import list_scim_groups as _operation

        return self._transport.request(
            LIST_SCIM_GROUPS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                display_name=display_name,
                external_id=external_id,
            ),
            _operation.parse_response,
            options,
        )

    def update_group_mapping(
        self,
        id: str,
        *,
        body: UpdateScimGroupMappingRequest,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupMappingResponse:
        """Change the role a SCIM group mapping grants (`PATCH /scim/group-mappings/{id}`, operation `update_scim_group_mapping`).

        Args:
            id (str):
            body (UpdateScimGroupMappingRequest):
        """
        from . import update_scim_group_mapping as _operation

        return self._transport.request(
            UPDATE_SCIM_GROUP_MAPPING,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncScimResource:
    """Awaitable operations tagged "scim"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_group_mapping(
        self,
        *,
        body: CreateScimGroupMappingRequest,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupMappingResponse:
        """Map a SCIM group to a workspace role (`POST /scim/group-mappings`, operation `create_scim_group_mapping`).

        Repeating an existing mapping with the same role succeeds and re-applies it to the group's
        members; asking for a different role on an existing mapping answers 409.

        Args:
            body (CreateScimGroupMappingRequest):
        """
        from . import create_scim_group_mapping as _operation

        return await self._transport.request(
            CREATE_SCIM_GROUP_MAPPING,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def create_sync_job(
        self,
        **options: Unpack[RequestOptions],
    ) -> ScimSyncJobResponse:
        """Start a SCIM directory sync (`POST /scim/sync-jobs`, operation `create_scim_sync_job`).

        The sync runs in the background; poll the returned job with `get_scim_sync_job`.
        """
        from . import create_scim_sync_job as _operation

        return await self._transport.request(
            CREATE_SCIM_SYNC_JOB,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    async def delete_group_mapping(
        self,
        id: str,
        *,
        keep_members: bool,
        **options: Unpack[RequestOptions],
    ) -> DeleteScimGroupMappingResponse:
        """Delete a SCIM group mapping (`DELETE /scim/group-mappings/{id}`, operation `delete_scim_group_mapping`).

        `keep_members` is mandatory: `false` also removes the workspace members the mapping granted,
        `true` leaves them in place as manually managed members. Leaving it out answers 400.

        Args:
            id (str):
            keep_members (bool):
        """
        from . import delete_scim_group_mapping as _operation

        return await self._transport.request(
            DELETE_SCIM_GROUP_MAPPING,
            _operation.build_request(
                id=id,
                keep_members=keep_members,
            ),
            _operation.parse_response,
            options,
        )

    async def get_group_mapping(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupMappingResponse:
        """Get one SCIM group mapping (`GET /scim/group-mappings/{id}`, operation `get_scim_group_mapping`).

        Args:
            id (str):
        """
        from . import get_scim_group_mapping as _operation

        return await self._transport.request(
            GET_SCIM_GROUP_MAPPING,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def get_sync_job(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ScimSyncJobResponse:
        """Get the state of a SCIM directory sync (`GET /scim/sync-jobs/{id}`, operation `get_scim_sync_job`).

        Args:
            id (str):
        """
        from . import get_scim_sync_job as _operation

        return await self._transport.request(
            GET_SCIM_SYNC_JOB,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def list_group_mappings(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupMappingListResponse:
        """List SCIM group-to-workspace mappings (`GET /scim/group-mappings`, operation `list_scim_group_mappings`).

        Management of the organization's mappings from identity-provider groups to workspace roles.
        These are not the SCIM 2.0 endpoints your identity provider talks to.

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_scim_group_mappings as _operation

        return await self._transport.request(
            LIST_SCIM_GROUP_MAPPINGS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    async def list_groups(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        display_name: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupListResponse:
        """List the organization's SCIM groups (`GET /scim/groups`, operation `list_scim_groups`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
            display_name (str | Unset):
            external_id (str | Unset):
        """
        from . import list_scim_groups as _operation

        return await self._transport.request(
            LIST_SCIM_GROUPS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                display_name=display_name,
                external_id=external_id,
            ),
            _operation.parse_response,
            options,
        )

    async def update_group_mapping(
        self,
        id: str,
        *,
        body: UpdateScimGroupMappingRequest,
        **options: Unpack[RequestOptions],
    ) -> ScimGroupMappingResponse:
        """Change the role a SCIM group mapping grants (`PATCH /scim/group-mappings/{id}`, operation `update_scim_group_mapping`).

        Args:
            id (str):
            body (UpdateScimGroupMappingRequest):
        """
        from . import update_scim_group_mapping as _operation

        return await self._transport.request(
            UPDATE_SCIM_GROUP_MAPPING,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )
