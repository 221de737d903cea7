"""Resources for the operations tagged "private_endpoints" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_private_endpoint_request import CreatePrivateEndpointRequest
    from ...models.delete_private_endpoint_response import DeletePrivateEndpointResponse
    from ...models.managed_private_endpoint_response import ManagedPrivateEndpointResponse
    from ...models.private_endpoint_list_response import PrivateEndpointListResponse
    from ...models.private_endpoint_response import PrivateEndpointResponse
    from ...models.private_endpoint_validation_response import PrivateEndpointValidationResponse
    from ...models.set_private_endpoint_pricing_request import SetPrivateEndpointPricingRequest
    from ...models.update_private_endpoint_request import UpdatePrivateEndpointRequest
    from ...models.validate_private_endpoint_request import ValidatePrivateEndpointRequest

__all__ = [
    "PrivateEndpointsResource",
    "AsyncPrivateEndpointsResource",
    "ACTIVATE_ENDPOINT",
    "CREATE_ENDPOINT",
    "DELETE_ENDPOINT",
    "DISABLE_ENDPOINT",
    "ENABLE_ENDPOINT",
    "GET_ENDPOINT",
    "LIST_ENDPOINTS",
    "SET_ENDPOINT_PRICING",
    "UPDATE_ENDPOINT",
    "VALIDATE_ENDPOINT",
]

ACTIVATE_ENDPOINT = Operation(
    id="activate_endpoint",
    tag="private_endpoints",
    method="POST",
    path="/private-endpoints/{id}/activate",
    requires_auth=True,
)
CREATE_ENDPOINT = Operation(
    id="create_endpoint",
    tag="private_endpoints",
    method="POST",
    path="/private-endpoints",
    requires_auth=True,
)
DELETE_ENDPOINT = Operation(
    id="delete_endpoint",
    tag="private_endpoints",
    method="DELETE",
    path="/private-endpoints/{id}",
    requires_auth=True,
)
DISABLE_ENDPOINT = Operation(
    id="disable_endpoint",
    tag="private_endpoints",
    method="POST",
    path="/private-endpoints/{id}/disable",
    requires_auth=True,
)
ENABLE_ENDPOINT = Operation(
    id="enable_endpoint",
    tag="private_endpoints",
    method="POST",
    path="/private-endpoints/{id}/enable",
    requires_auth=True,
)
GET_ENDPOINT = Operation(
    id="get_endpoint",
    tag="private_endpoints",
    method="GET",
    path="/private-endpoints/{id}",
    requires_auth=True,
)
LIST_ENDPOINTS = Operation(
    id="list_endpoints",
    tag="private_endpoints",
    method="GET",
    path="/private-endpoints",
    requires_auth=True,
)
SET_ENDPOINT_PRICING = Operation(
    id="set_endpoint_pricing",
    tag="private_endpoints",
    method="PUT",
    path="/private-endpoints/{id}/pricing",
    requires_auth=True,
)
UPDATE_ENDPOINT = Operation(
    id="update_endpoint",
    tag="private_endpoints",
    method="PATCH",
    path="/private-endpoints/{id}",
    requires_auth=True,
)
VALIDATE_ENDPOINT = Operation(
    id="validate_endpoint",
    tag="private_endpoints",
    method="POST",
    path="/private-endpoints/{id}/validate",
    requires_auth=True,
)


class PrivateEndpointsResource:
    """Operations tagged "private_endpoints"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def activate(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Make a validated draft endpoint routable (`POST /private-endpoints/{id}/activate`, operation `activate_endpoint`).

        Answers 409 when the endpoint was never validated, its validation is stale, or it is already
        active.

        Args:
            id (str):
        """
        from . import activate_endpoint as _operation

        return self._transport.request(
            ACTIVATE_ENDPOINT,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def create(
        self,
        *,
        body: CreatePrivateEndpointRequest,
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Create a private endpoint (as a draft) (`POST /private-endpoints`, operation `create_endpoint`).

        A draft is not routable until it is validated (`validate_endpoint`) and activated
        (`activate_endpoint`). Sending `activate` does all three at once; if validation fails the
        draft is kept and the 422 error body carries it with the failed checks. Send an
        `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key (str | Unset):
            body (CreatePrivateEndpointRequest):
        """
        from . import create_endpoint as _operation

        return self._transport.request(
            CREATE_ENDPOINT,
            _operation.build_request(
                body=body,
                idempotency_key=idempotency_key,
            ),
            _operation.parse_response,
            options,
        )

    def delete(
        self,
        id: str,
        *,
        draft_only: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeletePrivateEndpointResponse:
        """Delete a private endpoint and stop routing to it (`DELETE /private-endpoints/{id}`, operation `delete_endpoint`).

        Args:
            id (str):
            draft_only (bool | Unset):
        """
        from . import delete_endpoint as _operation

        return self._transport.request(
            DELETE_ENDPOINT,
            _operation.build_request(
                id=id,
                draft_only=draft_only,
            ),
            _operation.parse_response,
            options,
        )

    def disable(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Stop routing to an active endpoint without deleting it (`POST /private-endpoints/{id}/disable`, operation `disable_endpoint`).

        Args:
            id (str):
        """
        from . import disable_endpoint as _operation

        return self._transport.request(
            DISABLE_ENDPOINT,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def enable(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Resume routing to a disabled endpoint (`POST /private-endpoints/{id}/enable`, operation `enable_endpoint`).

        Args:
            id (str):
        """
        from . import enable_endpoint as _operation

        return self._transport.request(
            ENABLE_ENDPOINT,
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
    ) -> PrivateEndpointResponse:
        """Get one private endpoint with its upstream settings and pricing (`GET /private-endpoints/{id}`, operation `get_endpoint`).

        Args:
            id (str):
        """
        from . import get_endpoint as _operation

        return self._transport.request(
            GET_ENDPOINT,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointListResponse:
        """List the organization's private endpoints, drafts included (`GET /private-endpoints`, operation `list_endpoints`).

        Needs the private endpoints entitlement. Not paginated.
        """
        from . import list_endpoints as _operation

        return self._transport.request(
            LIST_ENDPOINTS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    def set_pricing(
        self,
        id: str,
        *,
        body: SetPrivateEndpointPricingRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointResponse:
        """Set the negotiated per-token rates of an endpoint (`PUT /private-endpoints/{id}/pricing`, operation `set_endpoint_pricing`).

        Works for drafts and active endpoints; new rates apply to later requests. The body replaces
        the whole pricing object, so a left-out `cache_read` or `cache_write` falls back to the
        provider's default rate.

        Args:
            id (str):
            body (SetPrivateEndpointPricingRequest):
        """
        from . import set_endpoint_pricing as _operation

        return self._transport.request(
            SET_ENDPOINT_PRICING,
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
        body: UpdatePrivateEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointResponse:
        """Replace the upstream settings of a draft endpoint (`PATCH /private-endpoints/{id}`, operation `update_endpoint`).

        `base_url` left out keeps the stored one. Data-policy declarations left out are kept while
        the
        upstream stays the same and cleared when it changes. Any change discards an earlier
        validation. Active endpoints answer 409 (delete and re-create them instead).

        Args:
            id (str):
            body (UpdatePrivateEndpointRequest):
        """
        from . import update_endpoint as _operation

        return self._transport.request(
            UPDATE_ENDPOINT,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def validate(
        self,
        id: str,
        *,
        body: ValidatePrivateEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointValidationResponse:
        """Send a live test request to a draft endpoint (`POST /private-endpoints/{id}/validate`, operation `validate_endpoint`).

        Uses the given workspace's BYOK credential for the endpoint's provider. A passing validation
        is needed before activation; failed checks still answer 200 with `passed: false`.

        Args:
            id (str):
            body (ValidatePrivateEndpointRequest):
        """
        from . import validate_endpoint as _operation

        return self._transport.request(
            VALIDATE_ENDPOINT,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncPrivateEndpointsResource:
    """Awaitable operations tagged "private_endpoints"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def activate(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Make a validated draft endpoint routable (`POST /private-endpoints/{id}/activate`, operation `activate_endpoint`).

        Answers 409 when the endpoint was never validated, its validation is stale, or it is already
        active.

        Args:
            id (str):
        """
        from . import activate_endpoint as _operation

        return await self._transport.request(
            ACTIVATE_ENDPOINT,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def create(
        self,
        *,
        body: CreatePrivateEndpointRequest,
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Create a private endpoint (as a draft) (`POST /private-endpoints`, operation `create_endpoint`).

        A draft is not routable until it is validated (`validate_endpoint`) and activated
        (`activate_endpoint`). Sending `activate` does all three at once; if validation fails the
        draft is kept and the 422 error body carries it with the failed checks. Send an
        `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key (str | Unset):
            body (CreatePrivateEndpointRequest):
        """
        from . import create_endpoint as _operation

        return await self._transport.request(
            CREATE_ENDPOINT,
            _operation.build_request(
                body=body,
                idempotency_key=idempotency_key,
            ),
            _operation.parse_response,
            options,
        )

    async def delete(
        self,
        id: str,
        *,
        draft_only: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeletePrivateEndpointResponse:
        """Delete a private endpoint and stop routing to it (`DELETE /private-endpoints/{id}`, operation `delete_endpoint`).

        Args:
            id (str):
            draft_only (bool | Unset):
        """
        from . import delete_endpoint as _operation

        return await self._transport.request(
            DELETE_ENDPOINT,
            _operation.build_request(
                id=id,
                draft_only=draft_only,
            ),
            _operation.parse_response,
            options,
        )

    async def disable(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Stop routing to an active endpoint without deleting it (`POST /private-endpoints/{id}/disable`, operation `disable_endpoint`).

        Args:
            id (str):
        """
        from . import disable_endpoint as _operation

        return await self._transport.request(
            DISABLE_ENDPOINT,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def enable(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Resume routing to a disabled endpoint (`POST /private-endpoints/{id}/enable`, operation `enable_endpoint`).

        Args:
            id (str):
        """
        from . import enable_endpoint as _operation

        return await self._transport.request(
            ENABLE_ENDPOINT,
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
    ) -> PrivateEndpointResponse:
        """Get one private endpoint with its upstream settings and pricing (`GET /private-endpoints/{id}`, operation `get_endpoint`).

        Args:
            id (str):
        """
        from . import get_endpoint as _operation

        return await self._transport.request(
            GET_ENDPOINT,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointListResponse:
        """List the organization's private endpoints, drafts included (`GET /private-endpoints`, operation `list_endpoints`).

        Needs the private endpoints entitlement. Not paginated.
        """
        from . import list_endpoints as _operation

        return await self._transport.request(
            LIST_ENDPOINTS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    async def set_pricing(
        self,
        id: str,
        *,
        body: SetPrivateEndpointPricingRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointResponse:
        """Set the negotiated per-token rates of an endpoint (`PUT /private-endpoints/{id}/pricing`, operation `set_endpoint_pricing`).

        Works for drafts and active endpoints; new rates apply to later requests. The body replaces
        the whole pricing object, so a left-out `cache_read` or `cache_write` falls back to the
        provider's default rate.

        Args:
            id (str):
            body (SetPrivateEndpointPricingRequest):
        """
        from . import set_endpoint_pricing as _operation

        return await self._transport.request(
            SET_ENDPOINT_PRICING,
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
        body: UpdatePrivateEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointResponse:
        """Replace the upstream settings of a draft endpoint (`PATCH /private-endpoints/{id}`, operation `update_endpoint`).

        `base_url` left out keeps the stored one. Data-policy declarations left out are kept while
        the
        upstream stays the same and cleared when it changes. Any change discards an earlier
        validation. Active endpoints answer 409 (delete and re-create them instead).

        Args:
            id (str):
            body (UpdatePrivateEndpointRequest):
        """
        from . import update_endpoint as _operation

        return await self._transport.request(
            UPDATE_ENDPOINT,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def validate(
        self,
        id: str,
        *,
        body: ValidatePrivateEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointValidationResponse:
        """Send a live test request to a draft endpoint (`POST /private-endpoints/{id}/validate`, operation `validate_endpoint`).

        Uses the given workspace's BYOK credential for the endpoint's provider. A passing validation
        is needed before activation; failed checks still answer 200 with `passed: false`.

        Args:
            id (str):
            body (ValidatePrivateEndpointRequest):
        """
        from . import validate_endpoint as _operation

        return await self._transport.request(
            VALIDATE_ENDPOINT,
            _operation.build_request(
                id=id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )
