"""Resources for the operations tagged "organization" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.organization_member_list_response import OrganizationMemberListResponse
    from ...models.organization_settings_response import OrganizationSettingsResponse
    from ...models.update_organization_settings_request import UpdateOrganizationSettingsRequest

__all__ = [
    "OrganizationResource",
    "AsyncOrganizationResource",
    "GET_ORGANIZATION_SETTINGS",
    "LIST_ORGANIZATION_MEMBERS",
    "UPDATE_ORGANIZATION_SETTINGS",
]

GET_ORGANIZATION_SETTINGS = Operation(
    id="get_organization_settings",
    tag="organization",
    method="GET",
    path="/organization/settings",
    requires_auth=True,
)
LIST_ORGANIZATION_MEMBERS = Operation(
    id="list_organization_members",
    tag="organization",
    method="GET",
    path="/organization/members",
    requires_auth=True,
)
UPDATE_ORGANIZATION_SETTINGS = Operation(
    id="update_organization_settings",
    tag="organization",
    method="PATCH",
    path="/organization/settings",
    requires_auth=True,
)


class OrganizationResource:
    """Operations tagged "organization"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get_settings(
        self,
        **options: Unpack[RequestOptions],
    ) -> OrganizationSettingsResponse:
        """Read the organization-wide settings (`GET /organization/settings`, operation `get_organization_settings`)."""
        from . import get_organization_settings as _operation

        return self._transport.request(
            GET_ORGANIZATION_SETTINGS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    def list_members(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMemberListResponse:
        """List the members of the organization (`GET /organization/members`, operation `list_organization_members`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_organization_members as _operation

        return self._transport.request(
            LIST_ORGANIZATION_MEMBERS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    def update_settings(
        self,
        *,
        body: UpdateOrganizationSettingsRequest,
        **options: Unpack[RequestOptions],
    ) -> OrganizationSettingsResponse:
        """Change the organization-wide settings (`PATCH /organization/settings`, operation `update_organization_settings`).

        Args:
            body (UpdateOrganizationSettingsRequest): New organization settings.
        """
        from . import update_organization_settings as _operation

        return self._transport.request(
            UPDATE_ORGANIZATION_SETTINGS,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncOrganizationResource:
    """Awaitable operations tagged "organization"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_settings(
        self,
        **options: Unpack[RequestOptions],
    ) -> OrganizationSettingsResponse:
        """Read the organization-wide settings (`GET /organization/settings`, operation `get_organization_settings`)."""
        from . import get_organization_settings as _operation

        return await self._transport.request(
            GET_ORGANIZATION_SETTINGS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    async def list_members(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMemberListResponse:
        """List the members of the organization (`GET /organization/members`, operation `list_organization_members`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_organization_members as _operation

        return await self._transport.request(
            LIST_ORGANIZATION_MEMBERS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    async def update_settings(
        self,
        *,
        body: UpdateOrganizationSettingsRequest,
        **options: Unpack[RequestOptions],
    ) -> OrganizationSettingsResponse:
        """Change the organization-wide settings (`PATCH /organization/settings`, operation `update_organization_settings`).

        Args:
            body (UpdateOrganizationSettingsRequest): New organization settings.
        """
        from . import update_organization_settings as _operation

        return await self._transport.request(
            UPDATE_ORGANIZATION_SETTINGS,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )
