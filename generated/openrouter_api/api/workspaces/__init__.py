"""Resources for the operations tagged "workspaces" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.add_workspace_members_request import AddWorkspaceMembersRequest
    from ...models.add_workspace_members_response import AddWorkspaceMembersResponse
    from ...models.create_workspace_request import CreateWorkspaceRequest
    from ...models.delete_workspace_budget_response import DeleteWorkspaceBudgetResponse
    from ...models.delete_workspace_response import DeleteWorkspaceResponse
    from ...models.remove_workspace_members_request import RemoveWorkspaceMembersRequest
    from ...models.remove_workspace_members_response import RemoveWorkspaceMembersResponse
    from ...models.set_workspace_budget_request import SetWorkspaceBudgetRequest
    from ...models.update_workspace_request import UpdateWorkspaceRequest
    from ...models.workspace_budget_interval import WorkspaceBudgetInterval
    from ...models.workspace_budget_list_response import WorkspaceBudgetListResponse
    from ...models.workspace_budget_response import WorkspaceBudgetResponse
    from ...models.workspace_list_response import WorkspaceListResponse
    from ...models.workspace_member_list_response import WorkspaceMemberListResponse
    from ...models.workspace_response import WorkspaceResponse

__all__ = [
    "WorkspacesResource",
    "AsyncWorkspacesResource",
    "ADD_WORKSPACE_MEMBERS",
    "CREATE_WORKSPACE",
    "DELETE_WORKSPACE",
    "DELETE_WORKSPACE_BUDGET",
    "GET_WORKSPACE",
    "GET_WORKSPACE_BUDGET",
    "LIST_WORKSPACE_BUDGETS",
    "LIST_WORKSPACE_MEMBERS",
    "LIST_WORKSPACES",
    "REMOVE_WORKSPACE_MEMBERS",
    "SET_WORKSPACE_BUDGET",
    "UPDATE_WORKSPACE",
]

ADD_WORKSPACE_MEMBERS = Operation(
    id="add_workspace_members",
    tag="workspaces",
    method="POST",
    path="/workspaces/{id}/members/add",
    requires_auth=True,
)
CREATE_WORKSPACE = Operation(
    id="create_workspace",
    tag="workspaces",
    method="POST",
    path="/workspaces",
    requires_auth=True,
)
DELETE_WORKSPACE = Operation(
    id="delete_workspace",
    tag="workspaces",
    method="DELETE",
    path="/workspaces/{id}",
    requires_auth=True,
)
DELETE_WORKSPACE_BUDGET = Operation(
    id="delete_workspace_budget",
    tag="workspaces",
    method="DELETE",
    path="/workspaces/{workspace_ref}/budgets/{interval}",
    requires_auth=True,
)
GET_WORKSPACE = Operation(
    id="get_workspace",
    tag="workspaces",
    method="GET",
    path="/workspaces/{id}",
    requires_auth=True,
)
GET_WORKSPACE_BUDGET = Operation(
    id="get_workspace_budget",
    tag="workspaces",
    method="GET",
    path="/workspaces/{workspace_ref}/budgets/{interval}",
    requires_auth=True,
)
LIST_WORKSPACE_BUDGETS = Operation(
    id="list_workspace_budgets",
    tag="workspaces",
    method="GET",
    path="/workspaces/{workspace_ref}/budgets",
    requires_auth=True,
)
LIST_WORKSPACE_MEMBERS = Operation(
    id="list_workspace_members",
    tag="workspaces",
    method="GET",
    path="/workspaces/{id}/members",
    requires_auth=True,
)
LIST_WORKSPACES = Operation(
    id="list_workspaces",
    tag="workspaces",
    method="GET",
    path="/workspaces",
    requires_auth=True,
)
REMOVE_WORKSPACE_MEMBERS = Operation(
    id="remove_workspace_members",
    tag="workspaces",
    method="POST",
    path="/workspaces/{id}/members/remove",
    requires_auth=True,
)
SET_WORKSPACE_BUDGET = Operation(
    id="set_workspace_budget",
    tag="workspaces",
    method="PUT",
    path="/workspaces/{workspace_ref}/budgets/{interval}",
    requires_auth=True,
)
UPDATE_WORKSPACE = Operation(
    id="update_workspace",
    tag="workspaces",
    method="PATCH",
    path="/workspaces/{id}",
    requires_auth=True,
)


class WorkspacesResource:
    """Operations tagged "workspaces"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def add_members(
        self,
        id: str,
        *,
        body: AddWorkspaceMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> AddWorkspaceMembersResponse:
        """Add organization members to a workspace (`POST /workspaces/{id}/members/add`, operation `add_workspace_members`).

        Each added member keeps the role they have in the organization.

        Args:
            id (str):
            body (AddWorkspaceMembersRequest):
        """
        from . import add_workspace_members as _operation

        return self._transport.request(
            ADD_WORKSPACE_MEMBERS,
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
        body: CreateWorkspaceRequest,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceResponse:
        """Add a workspace (`POST /workspaces`, operation `create_workspace`).

        Args:
            body (CreateWorkspaceRequest):
        """
        from . import create_workspace as _operation

        return self._transport.request(
            CREATE_WORKSPACE,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def delete(
        self,
        id: str,
        *,
        confirm_default_workspace_deletion: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeleteWorkspaceResponse:
        """Remove a workspace (`DELETE /workspaces/{id}`, operation `delete_workspace`).

        Fails while the workspace still has active API keys. Its budgets and guardrails are deleted
        with it. The default workspace can only be deleted with
        `confirm_default_workspace_deletion=true`.

        Args:
            id (str):
            confirm_default_workspace_deletion (bool | Unset):
        """
        from . import delete_workspace as _operation

        return self._transport.request(
            DELETE_WORKSPACE,
            _operation.build_request(
                id=id,
                confirm_default_workspace_deletion=confirm_default_workspace_deletion,
            ),
            _operation.parse_response,
            options,
        )

    def delete_budget(
        self,
        workspace_ref: str,
        interval: WorkspaceBudgetInterval,
        **options: Unpack[RequestOptions],
    ) -> DeleteWorkspaceBudgetResponse:
        """Remove the workspace budget for one interval (`DELETE /workspaces/{workspace_ref}/budgets/{interval}`, operation `delete_workspace_budget`).

        Args:
            workspace_ref (str):
            interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-
                time budget.
        """
        from . import delete_workspace_budget as _operation

        return self._transport.request(
            DELETE_WORKSPACE_BUDGET,
            _operation.build_request(
                workspace_ref=workspace_ref,
                interval=interval,
            ),
            _operation.parse_response,
            options,
        )

    def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceResponse:
        """Get one workspace by id or slug (`GET /workspaces/{id}`, operation `get_workspace`).

        Args:
            id (str):
        """
        from . import get_workspace as _operation

        return self._transport.request(
            GET_WORKSPACE,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def get_budget(
        self,
        workspace_ref: str,
        interval: WorkspaceBudgetInterval,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceBudgetResponse:
        """Get the workspace budget for one interval (`GET /workspaces/{workspace_ref}/budgets/{interval}`, operation `get_workspace_budget`).

        Args:
            workspace_ref (str):
            interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-
                time budget.
        """
        from . import get_workspace_budget as _operation

        return self._transport.request(
            GET_WORKSPACE_BUDGET,
            _operation.build_request(
                workspace_ref=workspace_ref,
                interval=interval,
            ),
            _operation.parse_response,
            options,
        )

    def list_budgets(
        self,
        workspace_ref: str,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceBudgetListResponse:
        """List the spending budgets of a workspace (`GET /workspaces/{workspace_ref}/budgets`, operation `list_workspace_budgets`).

        Args:
            workspace_ref (str):
        """
        from . import list_workspace_budgets as _operation

        return self._transport.request(
            LIST_WORKSPACE_BUDGETS,
            _operation.build_request(
                workspace_ref=workspace_ref,
            ),
            _operation.parse_response,
            options,
        )

    def list_members(
        self,
        id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceMemberListResponse:
        """List the members of a workspace (`GET /workspaces/{id}/members`, operation `list_workspace_members`).

        For the default workspace every organization member is listed (implicit membership).

        Args:
            id (str):
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_workspace_members as _operation

        return self._transport.request(
            LIST_WORKSPACE_MEMBERS,
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
        **options: Unpack[RequestOptions],
    ) -> WorkspaceListResponse:
        """List the workspaces of the account (`GET /workspaces`, operation `list_workspaces`).

        Returns one page of workspaces, with the total count for paging.

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_workspaces as _operation

        return self._transport.request(
            LIST_WORKSPACES,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    def remove_members(
        self,
        id: str,
        *,
        body: RemoveWorkspaceMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> RemoveWorkspaceMembersResponse:
        """Remove members from a workspace (`POST /workspaces/{id}/members/remove`, operation `remove_workspace_members`).

        Members who still hold active API keys in the workspace, and members managed through SCIM,
        cannot be removed here.

        Args:
            id (str):
            body (RemoveWorkspaceMembersRequest):
        """
        from . import remove_workspace_members as _operation

        return self._transport.request(
            REMOVE_WORKSPACE_MEMBERS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def set_budget(
        self,
        workspace_ref: str,
        interval: WorkspaceBudgetInterval,
        *,
        body: SetWorkspaceBudgetRequest,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceBudgetResponse:
        """Create or replace the workspace budget for one interval (`PUT /workspaces/{workspace_ref}/budgets/{interval}`, operation `set_workspace_budget`).

        Limits must get strictly smaller as the interval gets shorter (lifetime > monthly > weekly >
        daily). `include_byok_in_budgets`, when sent, changes the setting for every interval of the
        workspace.

        Args:
            workspace_ref (str):
            interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-
                time budget.
            body (SetWorkspaceBudgetRequest):
        """
        from . import set_workspace_budget as _operation

        return self._transport.request(
            SET_WORKSPACE_BUDGET,
            _operation.build_request(
                workspace_ref=workspace_ref,
                interval=interval,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateWorkspaceRequest,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceResponse:
        """Change a workspace's settings (`PATCH /workspaces/{id}`, operation `update_workspace`).

        Only the fields present in the body are changed.

        Args:
            id (str):
            body (UpdateWorkspaceRequest): Every field is optional; only the ones sent change.
        """
        from . import update_workspace as _operation

        return self._transport.request(
            UPDATE_WORKSPACE,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncWorkspacesResource:
    """Awaitable operations tagged "workspaces"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def add_members(
        self,
        id: str,
        *,
        body: AddWorkspaceMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> AddWorkspaceMembersResponse:
        """Add organization members to a workspace (`POST /workspaces/{id}/members/add`, operation `add_workspace_members`).

        Each added member keeps the role they have in the organization.

        Args:
            id (str):
            body (AddWorkspaceMembersRequest):
        """
        from . import add_workspace_members as _operation

        return await self._transport.request(
            ADD_WORKSPACE_MEMBERS,
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
        body: CreateWorkspaceRequest,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceResponse:
        """Add a workspace (`POST /workspaces`, operation `create_workspace`).

        Args:
            body (CreateWorkspaceRequest):
        """
        from . import create_workspace as _operation

        return await self._transport.request(
            CREATE_WORKSPACE,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def delete(
        self,
        id: str,
        *,
        confirm_default_workspace_deletion: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeleteWorkspaceResponse:
        """Remove a workspace (`DELETE /workspaces/{id}`, operation `delete_workspace`).

        Fails while the workspace still has active API keys. Its budgets and guardrails are deleted
        with it. The default workspace can only be deleted with
        `confirm_default_workspace_deletion=true`.

        Args:
            id (str):
            confirm_default_workspace_deletion (bool | Unset):
        """
        from . import delete_workspace as _operation

        return await self._transport.request(
            DELETE_WORKSPACE,
            _operation.build_request(
                id=id,
                confirm_default_workspace_deletion=confirm_default_workspace_deletion,
            ),
            _operation.parse_response,
            options,
        )

    async def delete_budget(
        self,
        workspace_ref: str,
        interval: WorkspaceBudgetInterval,
        **options: Unpack[RequestOptions],
    ) -> DeleteWorkspaceBudgetResponse:
        """Remove the workspace budget for one interval (`DELETE /workspaces/{workspace_ref}/budgets/{interval}`, operation `delete_workspace_budget`).

        Args:
            workspace_ref (str):
            interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-
                time budget.
        """
        from . import delete_workspace_budget as _operation

        return await self._transport.request(
            DELETE_WORKSPACE_BUDGET,
            _operation.build_request(
                workspace_ref=workspace_ref,
                interval=interval,
            ),
            _operation.parse_response,
            options,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceResponse:
        """Get one workspace by id or slug (`GET /workspaces/{id}`, operation `get_workspace`).

        Args:
            id (str):
        """
        from . import get_workspace as _operation

        return await self._transport.request(
            GET_WORKSPACE,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def get_budget(
        self,
        workspace_ref: str,
        interval: WorkspaceBudgetInterval,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceBudgetResponse:
        """Get the workspace budget for one interval (`GET /workspaces/{workspace_ref}/budgets/{interval}`, operation `get_workspace_budget`).

        Args:
            workspace_ref (str):
            interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-
                time budget.
        """
        from . import get_workspace_budget as _operation

        return await self._transport.request(
            GET_WORKSPACE_BUDGET,
            _operation.build_request(
                workspace_ref=workspace_ref,
                interval=interval,
            ),
            _operation.parse_response,
            options,
        )

    async def list_budgets(
        self,
        workspace_ref: str,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceBudgetListResponse:
        """List the spending budgets of a workspace (`GET /workspaces/{workspace_ref}/budgets`, operation `list_workspace_budgets`).

        Args:
            workspace_ref (str):
        """
        from . import list_workspace_budgets as _operation

        return await self._transport.request(
            LIST_WORKSPACE_BUDGETS,
            _operation.build_request(
                workspace_ref=workspace_ref,
            ),
            _operation.parse_response,
            options,
        )

    async def list_members(
        self,
        id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceMemberListResponse:
        """List the members of a workspace (`GET /workspaces/{id}/members`, operation `list_workspace_members`).

        For the default workspace every organization member is listed (implicit membership).

        Args:
            id (str):
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_workspace_members as _operation

        return await self._transport.request(
            LIST_WORKSPACE_MEMBERS,
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
        **options: Unpack[RequestOptions],
    ) -> WorkspaceListResponse:
        """List the workspaces of the account (`GET /workspaces`, operation `list_workspaces`).

        Returns one page of workspaces, with the total count for paging.

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_workspaces as _operation

        return await self._transport.request(
            LIST_WORKSPACES,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    async def remove_members(
        self,
        id: str,
        *,
        body: RemoveWorkspaceMembersRequest,
        **options: Unpack[RequestOptions],
    ) -> RemoveWorkspaceMembersResponse:
        """Remove members from a workspace (`POST /workspaces/{id}/members/remove`, operation `remove_workspace_members`).

        Members who still hold active API keys in the workspace, and members managed through SCIM,
        cannot be removed here.

        Args:
            id (str):
            body (RemoveWorkspaceMembersRequest):
        """
        from . import remove_workspace_members as _operation

        return await self._transport.request(
            REMOVE_WORKSPACE_MEMBERS,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def set_budget(
        self,
        workspace_ref: str,
        interval: WorkspaceBudgetInterval,
        *,
        body: SetWorkspaceBudgetRequest,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceBudgetResponse:
        """Create or replace the workspace budget for one interval (`PUT /workspaces/{workspace_ref}/budgets/{interval}`, operation `set_workspace_budget`).

        Limits must get strictly smaller as the interval gets shorter (lifetime > monthly > weekly >
        daily). `include_byok_in_budgets`, when sent, changes the setting for every interval of the
        workspace.

        Args:
            workspace_ref (str):
            interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-
                time budget.
            body (SetWorkspaceBudgetRequest):
        """
        from . import set_workspace_budget as _operation

        return await self._transport.request(
            SET_WORKSPACE_BUDGET,
            _operation.build_request(
                workspace_ref=workspace_ref,
                interval=interval,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateWorkspaceRequest,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceResponse:
        """Change a workspace's settings (`PATCH /workspaces/{id}`, operation `update_workspace`).

        Only the fields present in the body are changed.

        Args:
            id (str):
            body (UpdateWorkspaceRequest): Every field is optional; only the ones sent change.
        """
        from . import update_workspace as _operation

        return await self._transport.request(
            UPDATE_WORKSPACE,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )
