from __future__ import annotations

from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.file_storage_provider import FileStorageProvider
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    file_id: str,
    *,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{file_id}/content".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Download a file's bytes

     Only files the server created are downloadable (`downloadable: true`); uploads answer 400.

    Args:
        file_id (str):
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        workspace_id=workspace_id,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Download a file's bytes

     Only files the server created are downloadable (`downloadable: true`); uploads answer 400.

    Args:
        file_id (str):
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        workspace_id=workspace_id,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Download a file's bytes

     Only files the server created are downloadable (`downloadable: true`); uploads answer 400.

    Args:
        file_id (str):
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        workspace_id=workspace_id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Download a file's bytes

     Only files the server created are downloadable (`downloadable: true`); uploads answer 400.

    Args:
        file_id (str):
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            workspace_id=workspace_id,
            provider=provider,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> File:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
