from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.private_endpoint_response import PrivateEndpointResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.set_private_endpoint_pricing_request import SetPrivateEndpointPricingRequest


def _get_kwargs(
    id: str,
    *,
    body: SetPrivateEndpointPricingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/private-endpoints/{id}/pricing".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PrivateEndpointResponse | None:
    if response.status_code == 200:
        response_200 = PrivateEndpointResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | PrivateEndpointResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: SetPrivateEndpointPricingRequest,
) -> Response[ErrorResponse | PrivateEndpointResponse]:
    """Set the negotiated per-token rates of an endpoint

     Works for drafts and active endpoints; new rates apply to later requests. The body replaces
    the whole pricing object, so a left-out `cache_read` or `cache_write` falls back to the
    provider's default rate.

    Args:
        id (str):
        body (SetPrivateEndpointPricingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PrivateEndpointResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: SetPrivateEndpointPricingRequest,
) -> ErrorResponse | PrivateEndpointResponse | None:
    """Set the negotiated per-token rates of an endpoint

     Works for drafts and active endpoints; new rates apply to later requests. The body replaces
    the whole pricing object, so a left-out `cache_read` or `cache_write` falls back to the
    provider's default rate.

    Args:
        id (str):
        body (SetPrivateEndpointPricingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PrivateEndpointResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: SetPrivateEndpointPricingRequest,
) -> Response[ErrorResponse | PrivateEndpointResponse]:
    """Set the negotiated per-token rates of an endpoint

     Works for drafts and active endpoints; new rates apply to later requests. The body replaces
    the whole pricing object, so a left-out `cache_read` or `cache_write` falls back to the
    provider's default rate.

    Args:
        id (str):
        body (SetPrivateEndpointPricingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PrivateEndpointResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: SetPrivateEndpointPricingRequest,
) -> ErrorResponse | PrivateEndpointResponse | None:
    """Set the negotiated per-token rates of an endpoint

     Works for drafts and active endpoints; new rates apply to later requests. The body replaces
    the whole pricing object, so a left-out `cache_read` or `cache_write` falls back to the
    provider's default rate.

    Args:
        id (str):
        body (SetPrivateEndpointPricingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PrivateEndpointResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> PrivateEndpointResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = PrivateEndpointResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
