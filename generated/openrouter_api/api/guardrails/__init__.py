"""Resources for the operations tagged "guardrails" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_guardrail_request import CreateGuardrailRequest
    from ...models.delete_guardrail_response import DeleteGuardrailResponse
    from ...models.guardrail_assign_result import GuardrailAssignResult
    from ...models.guardrail_key_assignment_list_response import GuardrailKeyAssignmentListResponse
    from ...models.guardrail_keys_request import GuardrailKeysRequest
    from ...models.guardrail_list_response import GuardrailListResponse
    from ...models.guardrail_member_assignment_list_response import (
        GuardrailMemberAssignmentListResponse,
    )
    from ...models.guardrail_members_request import GuardrailMembersRequest
    from ...models.guardrail_response import GuardrailResponse
    from ...models.guardrail_unassign_result import GuardrailUnassignResult
    from ...models.update_guardrail_request import UpdateGuardrailRequest

__all__ = [
    "GuardrailsResource",
    "AsyncGuardrailsResource",
    "ASSIGN_GUARDRAIL_KEYS",
    "ASSIGN_GUARDRAIL_MEMBERS",
    "CREATE_GUARDRAIL",
    "DELETE_GUARDRAIL",
    "GET_GUARDRAIL",
    "LIST_GUARDRAIL_KEY_ASSIGNMENTS",
    "LIST_GUARDRAIL_MEMBER_ASSIGNMENTS",
    "LIST_GUARDRAILS",
    "LIST_GUARDRAILS_ALL_KEY_ASSIGNMENTS",
    "LIST_GUARDRAILS_ALL_MEMBER_ASSIGNMENTS",
    "UNASSIGN_GUARDRAIL_KEYS",
    "UNASSIGN_GUARDRAIL_MEMBERS",
    "UPDATE_GUARDRAIL",
]

ASSIGN_GUARDRAIL_KEYS = Operation(
    id="assign_guardrail_keys",
    tag="guardrails",
    method="POST",
    path="/guardrails/{id}/assignments/keys",
    requires_auth=True,
)
ASSIGN_GUARDRAIL_MEMBERS = Operation(
    id="assign_guardrail_members",
    tag="guardrails",
    method="POST",
    path="/guardrails/{id}/assignments/members",
    requires_auth=True,
)
CREATE_GUARDRAIL = Operation(
    id="create_guardrail",
    tag="guardrails",
    method="POST",
    path="/guardrails",
    requires_auth=True,
)
DELETE_GUARDRAIL = Operation(
    id="delete_guardrail",
    tag="guardrails",
    method="DELETE",
    path="/guardrails/{id}",
    requires_auth=True,
)
GET_GUARDRAIL = Operation(
    id="get_guardrail",
    tag="guardrails",
    method="GET",
    path="/guardrails/{id}",
    requires_auth=True,
)
LIST_GUARDRAIL_KEY_ASSIGNMENTS = Operation(
    id="list_guardrail_key_assignments",
    tag="guardrails",
    method="GET",
    path="/guardrails/{id}/assignments/keys",
    requires_auth=True,
)
LIST_GUARDRAIL_MEMBER_ASSIGNMENTS = Operation(
    id="list_guardrail_member_assignments",
    tag="guardrails",
    method="GET",
    path="/guardrails/{id}/assignments/members",
    requires_auth=True,
)
LIST_GUARDRAILS = Operation(
    id="list_guardrails",
    tag="guardrails",
    method="GET",
    path="/guardrails",
    requires_auth=True,
)
LIST_GUARDRAILS_ALL_KEY_ASSIGNMENTS = Operation(
    id="list_guardrails_all_key_assignments",
    tag="guardrails",
    method="GET",
    path="/guardrails/assignments/keys",
    requires_auth=True,
)
LIST_GUARDRAILS_ALL_MEMBER_ASSIGNMENTS = Operation(
    id="list_guardrails_all_member_assignments",
    tag="guardrails",
    method="GET",
    path="/guardrails/assignments/members",
    requires_auth=True,
)
UNASSIGN_GUARDRAIL_KEYS = Operation(
    id="unassign_guardrail_keys",
    tag="guardrails",
    method="POST",
    path="/guardrails/{id}/assignments/keys/remove",
    requires_auth=True,
)
UNASSIGN_GUARDRAIL_MEMBERS = Operation(
    id="unassign_guardrail_members",
    tag="guardrails",
    method="POST",
    path="/guardrails/{id}/assignments/members/remove",
    requires_auth=True,
)
UPDATE_GUARDRAIL = Operation(
    id="update_guardrail",
    tag="guardrails",
    method="PATCH",
    path="/guardrails/{id}",
    requires_auth=True,
)


class GuardrailsResource:
    """Operations tagged "guardrails"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def assign_keys(
        self,
        id: str,
        *,
        body: GuardrailKeysRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailAssignResult:
        """Assign API keys to a guardrail (`POST /guardrails/{id}/assignments/keys`, operation `assign_guardrail_keys`).

        Args:
            id (str):
            body (GuardrailKeysRequest): API keys to assign to or remove from a guardrail.
        """
        from . import assign_guardrail_keys as _operation

        return self._transport.request(
            ASSIGN_GUARDRAIL_KEYS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def assign_members(
        self,
        id: str,
        *,
        body: GuardrailMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailAssignResult:
        """Assign organization members to a guardrail (`POST /guardrails/{id}/assignments/members`, operation `assign_guardrail_members`).

        Args:
            id (str):
            body (GuardrailMembersRequest): Members to assign to or remove from a guardrail.
        """
        from . import assign_guardrail_members as _operation

        return self._transport.request(
            ASSIGN_GUARDRAIL_MEMBERS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def create(
        self,
        *,
        body: CreateGuardrailRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailResponse:
        """Define a new guardrail (`POST /guardrails`, operation `create_guardrail`).

        Args:
            body (CreateGuardrailRequest): A new guardrail.
        """
        from . import create_guardrail as _operation

        return self._transport.request(
            CREATE_GUARDRAIL,
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
    ) -> DeleteGuardrailResponse:
        """Remove a guardrail (`DELETE /guardrails/{id}`, operation `delete_guardrail`).

        Args:
            id (str):
        """
        from . import delete_guardrail as _operation

        return self._transport.request(
            DELETE_GUARDRAIL,
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
    ) -> GuardrailResponse:
        """Fetch one guardrail by id (`GET /guardrails/{id}`, operation `get_guardrail`).

        Args:
            id (str):
        """
        from . import get_guardrail as _operation

        return self._transport.request(
            GET_GUARDRAIL,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def list_key_assignments(
        self,
        id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailKeyAssignmentListResponse:
        """List the API keys a guardrail applies to (`GET /guardrails/{id}/assignments/keys`, operation `list_guardrail_key_assignments`).

        Args:
            id (str):
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_guardrail_key_assignments as _operation

        return self._transport.request(
            LIST_GUARDRAIL_KEY_ASSIGNMENTS,
            _operation.build_request(
                id=id,
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    def list_member_assignments(
        self,
        id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailMemberAssignmentListResponse:
        """List the members a guardrail applies to (`GET /guardrails/{id}/assignments/members`, operation `list_guardrail_member_assignments`).

        Args:
            id (str):
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_guardrail_member_assignments as _operation

        return self._transport.request(
            LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
            _operation.build_request(
                id=id,
                offset=offset,
                limit=limit,
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
        **options: Unpack[RequestOptions],
    ) -> GuardrailListResponse:
        """List the guardrails of a workspace (`GET /guardrails`, operation `list_guardrails`).

        Lists the guardrails of a workspace (the default workspace unless `workspace_id` is given).

        Args:
            offset (int | Unset):
            limit (int | Unset):
            workspace_id (str | Unset):
        """
        from . import list_guardrails as _operation

        return self._transport.request(
            LIST_GUARDRAILS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
            ),
            _operation.parse_response,
            options,
        )

    def list_all_key_assignments(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailKeyAssignmentListResponse:
        """List key assignments of all guardrails (`GET /guardrails/assignments/keys`, operation `list_guardrails_all_key_assignments`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_guardrails_all_key_assignments as _operation

        return self._transport.request(
            LIST_GUARDRAILS_ALL_KEY_ASSIGNMENTS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    def list_all_member_assignments(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailMemberAssignmentListResponse:
        """List member assignments of all guardrails (`GET /guardrails/assignments/members`, operation `list_guardrails_all_member_assignments`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_guardrails_all_member_assignments as _operation

        return self._transport.request(
            LIST_GUARDRAILS_ALL_MEMBER_ASSIGNMENTS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    def unassign_keys(
        self,
        id: str,
        *,
        body: GuardrailKeysRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailUnassignResult:
        """Remove API keys from a guardrail (`POST /guardrails/{id}/assignments/keys/remove`, operation `unassign_guardrail_keys`).

        Args:
            id (str):
            body (GuardrailKeysRequest): API keys to assign to or remove from a guardrail.
        """
        from . import unassign_guardrail_keys as _operation

        return self._transport.request(
            UNASSIGN_GUARDRAIL_KEYS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def unassign_members(
        self,
        id: str,
        *,
        body: GuardrailMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailUnassignResult:
        """Remove organization members from a guardrail (`POST /guardrails/{id}/assignments/members/remove`, operation `unassign_guardrail_members`).

        Args:
            id (str):
            body (GuardrailMembersRequest): Members to assign to or remove from a guardrail.
        """
        from . import unassign_guardrail_members as _operation

        return self._transport.request(
            UNASSIGN_GUARDRAIL_MEMBERS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateGuardrailRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailResponse:
        """Change the settings of a guardrail (`PATCH /guardrails/{id}`, operation `update_guardrail`).

        Args:
            id (str):
            body (UpdateGuardrailRequest): Fields to change on a guardrail; omitted fields stay as
                they are.
        """
        from . import update_guardrail as _operation

        return self._transport.request(
            UPDATE_GUARDRAIL,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncGuardrailsResource:
    """Awaitable operations tagged "guardrails"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def assign_keys(
        self,
        id: str,
        *,
        body: GuardrailKeysRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailAssignResult:
        """Assign API keys to a guardrail (`POST /guardrails/{id}/assignments/keys`, operation `assign_guardrail_keys`).

        Args:
            id (str):
            body (GuardrailKeysRequest): API keys to assign to or remove from a guardrail.
        """
        from . import assign_guardrail_keys as _operation

        return await self._transport.request(
            ASSIGN_GUARDRAIL_KEYS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def assign_members(
        self,
        id: str,
        *,
        body: GuardrailMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailAssignResult:
        """Assign organization members to a guardrail (`POST /guardrails/{id}/assignments/members`, operation `assign_guardrail_members`).

        Args:
            id (str):
            body (GuardrailMembersRequest): Members to assign to or remove from a guardrail.
        """
        from . import assign_guardrail_members as _operation

        return await self._transport.request(
            ASSIGN_GUARDRAIL_MEMBERS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def create(
        self,
        *,
        body: CreateGuardrailRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailResponse:
        """Define a new guardrail (`POST /guardrails`, operation `create_guardrail`).

        Args:
            body (CreateGuardrailRequest): A new guardrail.
        """
        from . import create_guardrail as _operation

        return await self._transport.request(
            CREATE_GUARDRAIL,
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
    ) -> DeleteGuardrailResponse:
        """Remove a guardrail (`DELETE /guardrails/{id}`, operation `delete_guardrail`).

        Args:
            id (str):
        """
        from . import delete_guardrail as _operation

        return await self._transport.request(
            DELETE_GUARDRAIL,
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
    ) -> GuardrailResponse:
        """Fetch one guardrail by id (`GET /guardrails/{id}`, operation `get_guardrail`).

        Args:
            id (str):
        """
        from . import get_guardrail as _operation

        return await self._transport.request(
            GET_GUARDRAIL,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def list_key_assignments(
        self,
        id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailKeyAssignmentListResponse:
        """List the API keys a guardrail applies to (`GET /guardrails/{id}/assignments/keys`, operation `list_guardrail_key_assignments`).

        Args:
            id (str):
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_guardrail_key_assignments as _operation

        return await self._transport.request(
            LIST_GUARDRAIL_KEY_ASSIGNMENTS,
            _operation.build_request(
                id=id,
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    async def list_member_assignments(
        self,
        id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailMemberAssignmentListResponse:
        """List the members a guardrail applies to (`GET /guardrails/{id}/assignments/members`, operation `list_guardrail_member_assignments`).

        Args:
            id (str):
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_guardrail_member_assignments as _operation

        return await self._transport.request(
            LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
            _operation.build_request(
                id=id,
                offset=offset,
                limit=limit,
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
        **options: Unpack[RequestOptions],
    ) -> GuardrailListResponse:
        """List the guardrails of a workspace (`GET /guardrails`, operation `list_guardrails`).

        Lists the guardrails of a workspace (the default workspace unless `workspace_id` is given).

        Args:
            offset (int | Unset):
            limit (int | Unset):
            workspace_id (str | Unset):
        """
        from . import list_guardrails as _operation

        return await self._transport.request(
            LIST_GUARDRAILS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
            ),
            _operation.parse_response,
            options,
        )

    async def list_all_key_assignments(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailKeyAssignmentListResponse:
        """List key assignments of all guardrails (`GET /guardrails/assignments/keys`, operation `list_guardrails_all_key_assignments`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_guardrails_all_key_assignments as _operation

        return await self._transport.request(
            LIST_GUARDRAILS_ALL_KEY_ASSIGNMENTS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    async def list_all_member_assignments(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailMemberAssignmentListResponse:
        """List member assignments of all guardrails (`GET /guardrails/assignments/members`, operation `list_guardrails_all_member_assignments`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_guardrails_all_member_assignments as _operation

        return await self._transport.request(
            LIST_GUARDRAILS_ALL_MEMBER_ASSIGNMENTS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    async def unassign_keys(
        self,
        id: str,
        *,
        body: GuardrailKeysRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailUnassignResult:
        """Remove API keys from a guardrail (`POST /guardrails/{id}/assignments/keys/remove`, operation `unassign_guardrail_keys`).

        Args:
            id (str):
            body (GuardrailKeysRequest): API keys to assign to or remove from a guardrail.
        """
        from . import unassign_guardrail_keys as _operation

        return await self._transport.request(
            UNASSIGN_GUARDRAIL_KEYS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def unassign_members(
        self,
        id: str,
        *,
        body: GuardrailMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailUnassignResult:
        """Remove organization members from a guardrail (`POST /guardrails/{id}/assignments/members/remove`, operation `unassign_guardrail_members`).

        Args:
            id (str):
            body (GuardrailMembersRequest): Members to assign to or remove from a guardrail.
        """
        from . import unassign_guardrail_members as _operation

        return await self._transport.request(
            UNASSIGN_GUARDRAIL_MEMBERS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateGuardrailRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailResponse:
        """Change the settings of a guardrail (`PATCH /guardrails/{id}`, operation `update_guardrail`).

        Args:
            id (str):
            body (UpdateGuardrailRequest): Fields to change on a guardrail; omitted fields stay as
                they are.
        """
        from . import update_guardrail as _operation

        return await self._transport.request(
            UPDATE_GUARDRAIL,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )
