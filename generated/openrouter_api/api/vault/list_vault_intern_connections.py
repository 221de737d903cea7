from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.intern_connection_list_response import InternConnectionListResponse
from ...types import Response


def _get_kwargs(
    intern_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vault/interns/{intern_id}/connections".format(
            intern_id=quote(str(intern_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InternConnectionListResponse | None:
    if response.status_code == 200:
        response_200 = InternConnectionListResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InternConnectionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    intern_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | InternConnectionListResponse]:
    """List the connections an intern may use.

     Keys of the connections enabled for the intern, as on the dashboard's Connections tab:
    `github`, `slack`, `google`, a catalogue MCP server such as `linear`, or `mcp:<host>`
    for a custom MCP server. Keys only, never credentials. 404 for an intern the key
    cannot see.

    Args:
        intern_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InternConnectionListResponse]
    """

    kwargs = _get_kwargs(
        intern_id=intern_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    intern_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | InternConnectionListResponse | None:
    """List the connections an intern may use.

     Keys of the connections enabled for the intern, as on the dashboard's Connections tab:
    `github`, `slack`, `google`, a catalogue MCP server such as `linear`, or `mcp:<host>`
    for a custom MCP server. Keys only, never credentials. 404 for an intern the key
    cannot see.

    Args:
        intern_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InternConnectionListResponse
    """

    return sync_detailed(
        intern_id=intern_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    intern_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | InternConnectionListResponse]:
    """List the connections an intern may use.

     Keys of the connections enabled for the intern, as on the dashboard's Connections tab:
    `github`, `slack`, `google`, a catalogue MCP server such as `linear`, or `mcp:<host>`
    for a custom MCP server. Keys only, never credentials. 404 for an intern the key
    cannot see.

    Args:
        intern_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InternConnectionListResponse]
    """

    kwargs = _get_kwargs(
        intern_id=intern_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    intern_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | InternConnectionListResponse | None:
    """List the connections an intern may use.

     Keys of the connections enabled for the intern, as on the dashboard's Connections tab:
    `github`, `slack`, `google`, a catalogue MCP server such as `linear`, or `mcp:<host>`
    for a custom MCP server. Keys only, never credentials. 404 for an intern the key
    cannot see.

    Args:
        intern_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InternConnectionListResponse
    """

    return (
        await asyncio_detailed(
            intern_id=intern_id,
            client=client,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> InternConnectionListResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = InternConnectionListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
