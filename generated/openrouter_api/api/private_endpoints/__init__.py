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

__all__ = ["PrivateEndpointsResource", "AsyncPrivateEndpointsResource"]

_ACTIVATE_ENDPOINT = Operation(
    id="activate_endpoint",
    tag="private_endpoints",
    method="POST",
    path="/private-endpoints/{id}/activate",
    requires_auth=True,
)
_CREATE_ENDPOINT = Operation(
    id="create_endpoint",
    tag="private_endpoints",
    method="POST",
    path="/private-endpoints",
    requires_auth=True,
)
_DELETE_ENDPOINT = Operation(
    id="delete_endpoint",
    tag="private_endpoints",
    method="DELETE",
    path="/private-endpoints/{id}",
    requires_auth=True,
)
_DISABLE_ENDPOINT = Operation(
    id="disable_endpoint",
    tag="private_endpoints",
    method="POST",
    path="/private-endpoints/{id}/disable",
    requires_auth=True,
)
_ENABLE_ENDPOINT = Operation(
    id="enable_endpoint",
    tag="private_endpoints",
    method="POST",
    path="/private-endpoints/{id}/enable",
    requires_auth=True,
)
_GET_ENDPOINT = Operation(
    id="get_endpoint",
    tag="private_endpoints",
    method="GET",
    path="/private-endpoints/{id}",
    requires_auth=True,
)
_LIST_ENDPOINTS = Operation(
    id="list_endpoints",
    tag="private_endpoints",
    method="GET",
    path="/private-endpoints",
    requires_auth=True,
)
_SET_ENDPOINT_PRICING = Operation(
    id="set_endpoint_pricing",
    tag="private_endpoints",
    method="PUT",
    path="/private-endpoints/{id}/pricing",
    requires_auth=True,
)
_UPDATE_ENDPOINT = Operation(
    id="update_endpoint",
    tag="private_endpoints",
    method="PATCH",
    path="/private-endpoints/{id}",
    requires_auth=True,
)
_VALIDATE_ENDPOINT = Operation(
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
        """Make a validated draft endpoint routable (`POST /private-endpoints/{id}/activate`, operation `activate_endpoint`)."""
        from . import activate_endpoint as _operation

        return self._transport.request(
            _ACTIVATE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    def create(
        self,
        *,
        body: CreatePrivateEndpointRequest,
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Create a private endpoint (as a draft) (`POST /private-endpoints`, operation `create_endpoint`)."""
        from . import create_endpoint as _operation

        return self._transport.request(
            _CREATE_ENDPOINT,
            _operation._get_kwargs(
                body=body,
                idempotency_key=idempotency_key,
            ),
            _operation._parse_ok,
            options,
        )

    def delete(
        self,
        id: str,
        *,
        draft_only: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeletePrivateEndpointResponse:
        """Delete a private endpoint and stop routing to it (`DELETE /private-endpoints/{id}`, operation `delete_endpoint`)."""
        from . import delete_endpoint as _operation

        return self._transport.request(
            _DELETE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
                draft_only=draft_only,
            ),
            _operation._parse_ok,
            options,
        )

    def disable(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Stop routing to an active endpoint without deleting it (`POST /private-endpoints/{id}/disable`, operation `disable_endpoint`)."""
        from . import disable_endpoint as _operation

        return self._transport.request(
            _DISABLE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    def enable(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Resume routing to a disabled endpoint (`POST /private-endpoints/{id}/enable`, operation `enable_endpoint`)."""
        from . import enable_endpoint as _operation

        return self._transport.request(
            _ENABLE_ENDPOINT,
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
    ) -> PrivateEndpointResponse:
        """Get one private endpoint with its upstream settings and pricing (`GET /private-endpoints/{id}`, operation `get_endpoint`)."""
        from . import get_endpoint as _operation

        return self._transport.request(
            _GET_ENDPOINT,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointListResponse:
        """List the organization's private endpoints, drafts included (`GET /private-endpoints`, operation `list_endpoints`)."""
        from . import list_endpoints as _operation

        return self._transport.request(
            _LIST_ENDPOINTS,
            _operation._get_kwargs(),
            _operation._parse_ok,
            options,
        )

    def set_pricing(
        self,
        id: str,
        *,
        body: SetPrivateEndpointPricingRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointResponse:
        """Set the negotiated per-token rates of an endpoint (`PUT /private-endpoints/{id}/pricing`, operation `set_endpoint_pricing`)."""
        from . import set_endpoint_pricing as _operation

        return self._transport.request(
            _SET_ENDPOINT_PRICING,
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
        body: UpdatePrivateEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointResponse:
        """Replace the upstream settings of a draft endpoint (`PATCH /private-endpoints/{id}`, operation `update_endpoint`)."""
        from . import update_endpoint as _operation

        return self._transport.request(
            _UPDATE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def validate(
        self,
        id: str,
        *,
        body: ValidatePrivateEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointValidationResponse:
        """Send a live test request to a draft endpoint (`POST /private-endpoints/{id}/validate`, operation `validate_endpoint`)."""
        from . import validate_endpoint as _operation

        return self._transport.request(
            _VALIDATE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
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
        """Make a validated draft endpoint routable (`POST /private-endpoints/{id}/activate`, operation `activate_endpoint`)."""
        from . import activate_endpoint as _operation

        return await self._transport.request(
            _ACTIVATE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    async def create(
        self,
        *,
        body: CreatePrivateEndpointRequest,
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Create a private endpoint (as a draft) (`POST /private-endpoints`, operation `create_endpoint`)."""
        from . import create_endpoint as _operation

        return await self._transport.request(
            _CREATE_ENDPOINT,
            _operation._get_kwargs(
                body=body,
                idempotency_key=idempotency_key,
            ),
            _operation._parse_ok,
            options,
        )

    async def delete(
        self,
        id: str,
        *,
        draft_only: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeletePrivateEndpointResponse:
        """Delete a private endpoint and stop routing to it (`DELETE /private-endpoints/{id}`, operation `delete_endpoint`)."""
        from . import delete_endpoint as _operation

        return await self._transport.request(
            _DELETE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
                draft_only=draft_only,
            ),
            _operation._parse_ok,
            options,
        )

    async def disable(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Stop routing to an active endpoint without deleting it (`POST /private-endpoints/{id}/disable`, operation `disable_endpoint`)."""
        from . import disable_endpoint as _operation

        return await self._transport.request(
            _DISABLE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    async def enable(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedPrivateEndpointResponse:
        """Resume routing to a disabled endpoint (`POST /private-endpoints/{id}/enable`, operation `enable_endpoint`)."""
        from . import enable_endpoint as _operation

        return await self._transport.request(
            _ENABLE_ENDPOINT,
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
    ) -> PrivateEndpointResponse:
        """Get one private endpoint with its upstream settings and pricing (`GET /private-endpoints/{id}`, operation `get_endpoint`)."""
        from . import get_endpoint as _operation

        return await self._transport.request(
            _GET_ENDPOINT,
            _operation._get_kwargs(
                id=id,
            ),
            _operation._parse_ok,
            options,
        )

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointListResponse:
        """List the organization's private endpoints, drafts included (`GET /private-endpoints`, operation `list_endpoints`)."""
        from . import list_endpoints as _operation

        return await self._transport.request(
            _LIST_ENDPOINTS,
            _operation._get_kwargs(),
            _operation._parse_ok,
            options,
        )

    async def set_pricing(
        self,
        id: str,
        *,
        body: SetPrivateEndpointPricingRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointResponse:
        """Set the negotiated per-token rates of an endpoint (`PUT /private-endpoints/{id}/pricing`, operation `set_endpoint_pricing`)."""
        from . import set_endpoint_pricing as _operation

        return await self._transport.request(
            _SET_ENDPOINT_PRICING,
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
        body: UpdatePrivateEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointResponse:
        """Replace the upstream settings of a draft endpoint (`PATCH /private-endpoints/{id}`, operation `update_endpoint`)."""
        from . import update_endpoint as _operation

        return await self._transport.request(
            _UPDATE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def validate(
        self,
        id: str,
        *,
        body: ValidatePrivateEndpointRequest,
        **options: Unpack[RequestOptions],
    ) -> PrivateEndpointValidationResponse:
        """Send a live test request to a draft endpoint (`POST /private-endpoints/{id}/validate`, operation `validate_endpoint`)."""
        from . import validate_endpoint as _operation

        return await self._transport.request(
            _VALIDATE_ENDPOINT,
            _operation._get_kwargs(
                id=id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )
