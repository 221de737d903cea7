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

__all__ = ["GuardrailsResource", "AsyncGuardrailsResource"]

_ASSIGN_GUARDRAIL_KEYS = Operation(
    id="assign_guardrail_keys",
    tag="guardrails",
    method="POST",
    path="/guardrails/{id}/assignments/keys",
    requires_auth=True,
)
_ASSIGN_GUARDRAIL_MEMBERS = Operation(
    id="assign_guardrail_members",
    tag="guardrails",
    method="POST",
    path="/guardrails/{id}/assignments/members",
    requires_auth=True,
)
_CREATE_GUARDRAIL = Operation(
    id="create_guardrail",
    tag="guardrails",
    method="POST",
    path="/guardrails",
    requires_auth=True,
)
_DELETE_GUARDRAIL = Operation(
    id="delete_guardrail",
    tag="guardrails",
    method="DELETE",
    path="/guardrails/{id}",
    requires_auth=True,
)
_GET_GUARDRAIL = Operation(
    id="get_guardrail",
    tag="guardrails",
    method="GET",
    path="/guardrails/{id}",
    requires_auth=True,
)
_LIST_GUARDRAIL_KEY_ASSIGNMENTS = Operation(
    id="list_guardrail_key_assignments",
    tag="guardrails",
    method="GET",
    path="/guardrails/{id}/assignments/keys",
    requires_auth=True,
)
_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS = Operation(
    id="list_guardrail_member_assignments",
    tag="guardrails",
    method="GET",
    path="/guardrails/{id}/assignments/members",
    requires_auth=True,
)
_LIST_GUARDRAILS = Operation(
    id="list_guardrails",
    tag="guardrails",
    method="GET",
    path="/guardrails",
    requires_auth=True,
)
_LIST_GUARDRAILS_ALL_KEY_ASSIGNMENTS = Operation(
    id="list_guardrails_all_key_assignments",
    tag="guardrails",
    method="GET",
    path="/guardrails/assignments/keys",
    requires_auth=True,
)
_LIST_GUARDRAILS_ALL_MEMBER_ASSIGNMENTS = Operation(
    id="list_guardrails_all_member_assignments",
    tag="guardrails",
    method="GET",
    path="/guardrails/assignments/members",
    requires_auth=True,
)
_UNASSIGN_GUARDRAIL_KEYS = Operation(
    id="unassign_guardrail_keys",
    tag="guardrails",
    method="POST",
    path="/guardrails/{id}/assignments/keys/remove",
    requires_auth=True,
)
_UNASSIGN_GUARDRAIL_MEMBERS = Operation(
    id="unassign_guardrail_members",
    tag="guardrails",
    method="POST",
    path="/guardrails/{id}/assignments/members/remove",
    requires_auth=True,
)
_UPDATE_GUARDRAIL = Operation(
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
        """Assign API keys to a guardrail (`POST /guardrails/{id}/assignments/keys`, operation `assign_guardrail_keys`)."""
        from . import assign_guardrail_keys as _operation

        return self._transport.request(
            _ASSIGN_GUARDRAIL_KEYS,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def assign_members(
        self,
        id: str,
        *,
        body: GuardrailMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailAssignResult:
        """Assign organization members to a guardrail (`POST /guardrails/{id}/assignments/members`, operation `assign_guardrail_members`)."""
        from . import assign_guardrail_members as _operation

        return self._transport.request(
            _ASSIGN_GUARDRAIL_MEMBERS,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def create(
        self,
        *,
        body: CreateGuardrailRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailResponse:
        """Define a new guardrail (`POST /guardrails`, operation `create_guardrail`)."""
        from . import create_guardrail as _operation

        return self._transport.request(
            _CREATE_GUARDRAIL,
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
    ) -> DeleteGuardrailResponse:
        """Remove a guardrail (`DELETE /guardrails/{id}`, operation `delete_guardrail`)."""
        from . import delete_guardrail as _operation

        return self._transport.request(
            _DELETE_GUARDRAIL,
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
    ) -> GuardrailResponse:
        """Fetch one guardrail by id (`GET /guardrails/{id}`, operation `get_guardrail`)."""
        from . import get_guardrail as _operation

        return self._transport.request(
            _GET_GUARDRAIL,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
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
        """List the API keys a guardrail applies to (`GET /guardrails/{id}/assignments/keys`, operation `list_guardrail_key_assignments`)."""
        from . import list_guardrail_key_assignments as _operation

        return self._transport.request(
            _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
            _operation._get_kwargs(
                id=id,
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
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
        """List the members a guardrail applies to (`GET /guardrails/{id}/assignments/members`, operation `list_guardrail_member_assignments`)."""
        from . import list_guardrail_member_assignments as _operation

        return self._transport.request(
            _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
            _operation._get_kwargs(
                id=id,
                offset=offset,
                limit=limit,
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
        **options: Unpack[RequestOptions],
    ) -> GuardrailListResponse:
        """List the guardrails of a workspace (`GET /guardrails`, operation `list_guardrails`)."""
        from . import list_guardrails as _operation

        return self._transport.request(
            _LIST_GUARDRAILS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
            ),
            _operation._parse_ok,
            options,
        )

    def list_all_key_assignments(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailKeyAssignmentListResponse:
        """List key assignments of all guardrails (`GET /guardrails/assignments/keys`, operation `list_guardrails_all_key_assignments`)."""
        from . import list_guardrails_all_key_assignments as _operation

        return self._transport.request(
            _LIST_GUARDRAILS_ALL_KEY_ASSIGNMENTS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
            options,
        )

    def list_all_member_assignments(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailMemberAssignmentListResponse:
        """List member assignments of all guardrails (`GET /guardrails/assignments/members`, operation `list_guardrails_all_member_assignments`)."""
        from . import list_guardrails_all_member_assignments as _operation

        return self._transport.request(
            _LIST_GUARDRAILS_ALL_MEMBER_ASSIGNMENTS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
            options,
        )

    def unassign_keys(
        self,
        id: str,
        *,
        body: GuardrailKeysRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailUnassignResult:
        """Remove API keys from a guardrail (`POST /guardrails/{id}/assignments/keys/remove`, operation `unassign_guardrail_keys`)."""
        from . import unassign_guardrail_keys as _operation

        return self._transport.request(
            _UNASSIGN_GUARDRAIL_KEYS,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def unassign_members(
        self,
        id: str,
        *,
        body: GuardrailMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailUnassignResult:
        """Remove organization members from a guardrail (`POST /guardrails/{id}/assignments/members/remove`, operation `unassign_guardrail_members`)."""
        from . import unassign_guardrail_members as _operation

        return self._transport.request(
            _UNASSIGN_GUARDRAIL_MEMBERS,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateGuardrailRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailResponse:
        """Change the settings of a guardrail (`PATCH /guardrails/{id}`, operation `update_guardrail`)."""
        from . import update_guardrail as _operation

        return self._transport.request(
            _UPDATE_GUARDRAIL,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
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
        """Assign API keys to a guardrail (`POST /guardrails/{id}/assignments/keys`, operation `assign_guardrail_keys`)."""
        from . import assign_guardrail_keys as _operation

        return await self._transport.request(
            _ASSIGN_GUARDRAIL_KEYS,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def assign_members(
        self,
        id: str,
        *,
        body: GuardrailMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailAssignResult:
        """Assign organization members to a guardrail (`POST /guardrails/{id}/assignments/members`, operation `assign_guardrail_members`)."""
        from . import assign_guardrail_members as _operation

        return await self._transport.request(
            _ASSIGN_GUARDRAIL_MEMBERS,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def create(
        self,
        *,
        body: CreateGuardrailRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailResponse:
        """Define a new guardrail (`POST /guardrails`, operation `create_guardrail`)."""
        from . import create_guardrail as _operation

        return await self._transport.request(
            _CREATE_GUARDRAIL,
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
    ) -> DeleteGuardrailResponse:
        """Remove a guardrail (`DELETE /guardrails/{id}`, operation `delete_guardrail`)."""
        from . import delete_guardrail as _operation

        return await self._transport.request(
            _DELETE_GUARDRAIL,
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
    ) -> GuardrailResponse:
        """Fetch one guardrail by id (`GET /guardrails/{id}`, operation `get_guardrail`)."""
        from . import get_guardrail as _operation

        return await self._transport.request(
            _GET_GUARDRAIL,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
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
        """List the API keys a guardrail applies to (`GET /guardrails/{id}/assignments/keys`, operation `list_guardrail_key_assignments`)."""
        from . import list_guardrail_key_assignments as _operation

        return await self._transport.request(
            _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
            _operation._get_kwargs(
                id=id,
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
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
        """List the members a guardrail applies to (`GET /guardrails/{id}/assignments/members`, operation `list_guardrail_member_assignments`)."""
        from . import list_guardrail_member_assignments as _operation

        return await self._transport.request(
            _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
            _operation._get_kwargs(
                id=id,
                offset=offset,
                limit=limit,
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
        **options: Unpack[RequestOptions],
    ) -> GuardrailListResponse:
        """List the guardrails of a workspace (`GET /guardrails`, operation `list_guardrails`)."""
        from . import list_guardrails as _operation

        return await self._transport.request(
            _LIST_GUARDRAILS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
            ),
            _operation._parse_ok,
            options,
        )

    async def list_all_key_assignments(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailKeyAssignmentListResponse:
        """List key assignments of all guardrails (`GET /guardrails/assignments/keys`, operation `list_guardrails_all_key_assignments`)."""
        from . import list_guardrails_all_key_assignments as _operation

        return await self._transport.request(
            _LIST_GUARDRAILS_ALL_KEY_ASSIGNMENTS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
            options,
        )

    async def list_all_member_assignments(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuardrailMemberAssignmentListResponse:
        """List member assignments of all guardrails (`GET /guardrails/assignments/members`, operation `list_guardrails_all_member_assignments`)."""
        from . import list_guardrails_all_member_assignments as _operation

        return await self._transport.request(
            _LIST_GUARDRAILS_ALL_MEMBER_ASSIGNMENTS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
            options,
        )

    async def unassign_keys(
        self,
        id: str,
        *,
        body: GuardrailKeysRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailUnassignResult:
        """Remove API keys from a guardrail (`POST /guardrails/{id}/assignments/keys/remove`, operation `unassign_guardrail_keys`)."""
        from . import unassign_guardrail_keys as _operation

        return await self._transport.request(
            _UNASSIGN_GUARDRAIL_KEYS,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def unassign_members(
        self,
        id: str,
        *,
        body: GuardrailMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailUnassignResult:
        """Remove organization members from a guardrail (`POST /guardrails/{id}/assignments/members/remove`, operation `unassign_guardrail_members`)."""
        from . import unassign_guardrail_members as _operation

        return await self._transport.request(
            _UNASSIGN_GUARDRAIL_MEMBERS,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateGuardrailRequest,
        **options: Unpack[RequestOptions],
    ) -> GuardrailResponse:
        """Change the settings of a guardrail (`PATCH /guardrails/{id}`, operation `update_guardrail`)."""
        from . import update_guardrail as _operation

        return await self._transport.request(
            _UPDATE_GUARDRAIL,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )
