from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.managed_private_endpoint_response import ManagedPrivateEndpointResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.create_private_endpoint_request import CreatePrivateEndpointRequest


def _get_kwargs(
    *,
    body: CreatePrivateEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/private-endpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ManagedPrivateEndpointResponse | None:
    if response.status_code == 201:
        response_201 = ManagedPrivateEndpointResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ManagedPrivateEndpointResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePrivateEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ManagedPrivateEndpointResponse]:
    """Create a private endpoint (as a draft)

     A draft is not routable until it is validated (`validate_endpoint`) and activated
    (`activate_endpoint`). Sending `activate` does all three at once; if validation fails the
    draft is kept and the 422 error body carries it with the failed checks. Send an
    `Idempotency-Key` to make retries safe.

    Args:
        idempotency_key (str | Unset):
        body (CreatePrivateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ManagedPrivateEndpointResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreatePrivateEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ManagedPrivateEndpointResponse | None:
    """Create a private endpoint (as a draft)

     A draft is not routable until it is validated (`validate_endpoint`) and activated
    (`activate_endpoint`). Sending `activate` does all three at once; if validation fails the
    draft is kept and the 422 error body carries it with the failed checks. Send an
    `Idempotency-Key` to make retries safe.

    Args:
        idempotency_key (str | Unset):
        body (CreatePrivateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ManagedPrivateEndpointResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePrivateEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ManagedPrivateEndpointResponse]:
    """Create a private endpoint (as a draft)

     A draft is not routable until it is validated (`validate_endpoint`) and activated
    (`activate_endpoint`). Sending `activate` does all three at once; if validation fails the
    draft is kept and the 422 error body carries it with the failed checks. Send an
    `Idempotency-Key` to make retries safe.

    Args:
        idempotency_key (str | Unset):
        body (CreatePrivateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ManagedPrivateEndpointResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreatePrivateEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ManagedPrivateEndpointResponse | None:
    """Create a private endpoint (as a draft)

     A draft is not routable until it is validated (`validate_endpoint`) and activated
    (`activate_endpoint`). Sending `activate` does all three at once; if validation fails the
    draft is kept and the 422 error body carries it with the failed checks. Send an
    `Idempotency-Key` to make retries safe.

    Args:
        idempotency_key (str | Unset):
        body (CreatePrivateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ManagedPrivateEndpointResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> ManagedPrivateEndpointResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 201:
        response_201 = ManagedPrivateEndpointResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
