"""Resources for the operations tagged "observability" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_observability_destination_request import (
        CreateObservabilityDestinationRequest,
    )
    from ...models.delete_observability_destination_response import (
        DeleteObservabilityDestinationResponse,
    )
    from ...models.observability_destination_list_response import (
        ObservabilityDestinationListResponse,
    )
    from ...models.observability_destination_response import ObservabilityDestinationResponse
    from ...models.update_observability_destination_request import (
        UpdateObservabilityDestinationRequest,
    )

__all__ = [
    "ObservabilityResource",
    "AsyncObservabilityResource",
    "CREATE_OBSERVABILITY_DESTINATION",
    "DELETE_OBSERVABILITY_DESTINATION",
    "GET_OBSERVABILITY_DESTINATION",
    "LIST_OBSERVABILITY_DESTINATIONS",
    "UPDATE_OBSERVABILITY_DESTINATION",
]

CREATE_OBSERVABILITY_DESTINATION = Operation(
    id="create_observability_destination",
    tag="observability",
    method="POST",
    path="/observability/destinations",
    requires_auth=True,
)
DELETE_OBSERVABILITY_DESTINATION = Operation(
    id="delete_observability_destination",
    tag="observability",
    method="DELETE",
    path="/observability/destinations/{id}",
    requires_auth=True,
)
GET_OBSERVABILITY_DESTINATION = Operation(
    id="get_observability_destination",
    tag="observability",
    method="GET",
    path="/observability/destinations/{id}",
    requires_auth=True,
)
LIST_OBSERVABILITY_DESTINATIONS = Operation(
    id="list_observability_destinations",
    tag="observability",
    method="GET",
    path="/observability/destinations",
    requires_auth=True,
)
UPDATE_OBSERVABILITY_DESTINATION = Operation(
    id="update_observability_destination",
    tag="observability",
    method="PATCH",
    path="/observability/destinations/{id}",
    requires_auth=True,
)


class ObservabilityResource:
    """Operations tagged "observability"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create_destination(
        self,
        *,
        body: CreateObservabilityDestinationRequest,
        **options: Unpack[RequestOptions],
    ) -> ObservabilityDestinationResponse:
        """Add a trace destination (`POST /observability/destinations`, operation `create_observability_destination`).

        Args:
            body (CreateObservabilityDestinationRequest): A new destination.
        """
        from . import create_observability_destination as _operation

        return self._transport.request(
            CREATE_OBSERVABILITY_DESTINATION,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def delete_destination(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteObservabilityDestinationResponse:
        """Remove a trace destination (`DELETE /observability/destinations/{id}`, operation `delete_observability_destination`).

        Args:
            id (str):
        """
        from . import delete_observability_destination as _operation

        return self._transport.request(
            DELETE_OBSERVABILITY_DESTINATION,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def get_destination(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ObservabilityDestinationResponse:
        """Fetch one trace destination (`GET /observability/destinations/{id}`, operation `get_observability_destination`).

        Args:
            id (str):
        """
        from . import get_observability_destination as _operation

        return self._transport.request(
            GET_OBSERVABILITY_DESTINATION,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def list_destinations(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ObservabilityDestinationListResponse:
        """List trace destinations (`GET /observability/destinations`, operation `list_observability_destinations`).

        Lists where traces of a workspace are exported (the default workspace unless `workspace_id`
        is given).

        Args:
            offset (int | Unset):
            limit (int | Unset):
            workspace_id (str | Unset):
        """
        from . import list_observability_destinations as _operation

        return self._transport.request(
            LIST_OBSERVABILITY_DESTINATIONS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
            ),
            _operation.parse_response,
            options,
        )

    def update_destination(
        self,
        id: str,
        *,
        body: UpdateObservabilityDestinationRequest,
        **options: Unpack[RequestOptions],
    ) -> ObservabilityDestinationResponse:
        """Change a trace destination (`PATCH /observability/destinations/{id}`, operation `update_observability_destination`).

        Args:
            id (str):
            body (UpdateObservabilityDestinationRequest): Fields to change on a destination; the
                type cannot change.
        """
        from . import update_observability_destination as _operation

        return self._transport.request(
            UPDATE_OBSERVABILITY_DESTINATION,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncObservabilityResource:
    """Awaitable operations tagged "observability"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_destination(
        self,
        *,
        body: CreateObservabilityDestinationRequest,
        **options: Unpack[RequestOptions],
    ) -> ObservabilityDestinationResponse:
        """Add a trace destination (`POST /observability/destinations`, operation `create_observability_destination`).

        Args:
            body (CreateObservabilityDestinationRequest): A new destination.
        """
        from . import create_observability_destination as _operation

        return await self._transport.request(
            CREATE_OBSERVABILITY_DESTINATION,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def delete_destination(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteObservabilityDestinationResponse:
        """Remove a trace destination (`DELETE /observability/destinations/{id}`, operation `delete_observability_destination`).

        Args:
            id (str):
        """
        from . import delete_observability_destination as _operation

        return await self._transport.request(
            DELETE_OBSERVABILITY_DESTINATION,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def get_destination(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ObservabilityDestinationResponse:
        """Fetch one trace destination (`GET /observability/destinations/{id}`, operation `get_observability_destination`).

        Args:
            id (str):
        """
        from . import get_observability_destination as _operation

        return await self._transport.request(
            GET_OBSERVABILITY_DESTINATION,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def list_destinations(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ObservabilityDestinationListResponse:
        """List trace destinations (`GET /observability/destinations`, operation `list_observability_destinations`).

        Lists where traces of a workspace are exported (the default workspace unless `workspace_id`
        is given).

        Args:
            offset (int | Unset):
            limit (int | Unset):
            workspace_id (str | Unset):
        """
        from . import list_observability_destinations as _operation

        return await self._transport.request(
            LIST_OBSERVABILITY_DESTINATIONS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                workspace_id=workspace_id,
            ),
            _operation.parse_response,
            options,
        )

    async def update_destination(
        self,
        id: str,
        *,
        body: UpdateObservabilityDestinationRequest,
        **options: Unpack[RequestOptions],
    ) -> ObservabilityDestinationResponse:
        """Change a trace destination (`PATCH /observability/destinations/{id}`, operation `update_observability_destination`).

        Args:
            id (str):
            body (UpdateObservabilityDestinationRequest): Fields to change on a destination; the
                type cannot change.
        """
        from . import update_observability_destination as _operation

        return await self._transport.request(
            UPDATE_OBSERVABILITY_DESTINATION,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )
