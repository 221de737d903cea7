from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    id: str,
    *,
    keep_members: bool,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["keep_members"] = keep_members

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/scim/group-mappings/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteScimGroupMappingResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteScimGroupMappingResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteScimGroupMappingResponse | ErrorResponse]:
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
    keep_members: bool,
) -> Response[DeleteScimGroupMappingResponse | ErrorResponse]:
    """Delete a SCIM group mapping

     `keep_members` is mandatory: `false` also removes the workspace members the mapping granted,
    `true` leaves them in place as manually managed members. Leaving it out answers 400.

    Args:
        id (str):
        keep_members (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteScimGroupMappingResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        keep_members=keep_members,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    keep_members: bool,
) -> DeleteScimGroupMappingResponse | ErrorResponse | None:
    """Delete a SCIM group mapping

     `keep_members` is mandatory: `false` also removes the workspace members the mapping granted,
    `true` leaves them in place as manually managed members. Leaving it out answers 400.

    Args:
        id (str):
        keep_members (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteScimGroupMappingResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        keep_members=keep_members,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    keep_members: bool,
) -> Response[DeleteScimGroupMappingResponse | ErrorResponse]:
    """Delete a SCIM group mapping

     `keep_members` is mandatory: `false` also removes the workspace members the mapping granted,
    `true` leaves them in place as manually managed members. Leaving it out answers 400.

    Args:
        id (str):
        keep_members (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteScimGroupMappingResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        keep_members=keep_members,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    keep_members: bool,
) -> DeleteScimGroupMappingResponse | ErrorResponse | None:
    """Delete a SCIM group mapping

     `keep_members` is mandatory: `false` also removes the workspace members the mapping granted,
    `true` leaves them in place as manually managed members. Leaving it out answers 400.

    Args:
        id (str):
        keep_members (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteScimGroupMappingResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            keep_members=keep_members,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> DeleteScimGroupMappingResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = DeleteScimGroupMappingResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
