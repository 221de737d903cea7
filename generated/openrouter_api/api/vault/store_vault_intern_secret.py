from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vault_secret_response import VaultSecretResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.vault_secret_write_request import VaultSecretWriteRequest


def _get_kwargs(
    intern_id: UUID,
    name: str,
    *,
    body: VaultSecretWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/vault/interns/{intern_id}/secrets/{name}".format(
            intern_id=quote(str(intern_id), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VaultSecretResponse | None:
    if response.status_code == 200:
        response_200 = VaultSecretResponse.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

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
) -> Response[ErrorResponse | VaultSecretResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    intern_id: UUID,
    name: str,
    *,
    client: AuthenticatedClient,
    body: VaultSecretWriteRequest,
) -> Response[ErrorResponse | VaultSecretResponse]:
    """Create or replace a secret for one intern.

     The value is encrypted at rest and only ever sent to the exact hostnames in `hosts`.
    The answer carries metadata only. 503 while vault writes are disabled.

    Args:
        intern_id (UUID):
        name (str):
        body (VaultSecretWriteRequest): A secret value and the hostnames it may be sent to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VaultSecretResponse]
    """

    kwargs = _get_kwargs(
        intern_id=intern_id,
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    intern_id: UUID,
    name: str,
    *,
    client: AuthenticatedClient,
    body: VaultSecretWriteRequest,
) -> ErrorResponse | VaultSecretResponse | None:
    """Create or replace a secret for one intern.

     The value is encrypted at rest and only ever sent to the exact hostnames in `hosts`.
    The answer carries metadata only. 503 while vault writes are disabled.

    Args:
        intern_id (UUID):
        name (str):
        body (VaultSecretWriteRequest): A secret value and the hostnames it may be sent to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VaultSecretResponse
    """

    return sync_detailed(
        intern_id=intern_id,
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    intern_id: UUID,
    name: str,
    *,
    client: AuthenticatedClient,
    body: VaultSecretWriteRequest,
) -> Response[ErrorResponse | VaultSecretResponse]:
    """Create or replace a secret for one intern.

     The value is encrypted at rest and only ever sent to the exact hostnames in `hosts`.
    The answer carries metadata only. 503 while vault writes are disabled.

    Args:
        intern_id (UUID):
        name (str):
        body (VaultSecretWriteRequest): A secret value and the hostnames it may be sent to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VaultSecretResponse]
    """

    kwargs = _get_kwargs(
        intern_id=intern_id,
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    intern_id: UUID,
    name: str,
    *,
    client: AuthenticatedClient,
    body: VaultSecretWriteRequest,
) -> ErrorResponse | VaultSecretResponse | None:
    """Create or replace a secret for one intern.

     The value is encrypted at rest and only ever sent to the exact hostnames in `hosts`.
    The answer carries metadata only. 503 while vault writes are disabled.

    Args:
        intern_id (UUID):
        name (str):
        body (VaultSecretWriteRequest): A secret value and the hostnames it may be sent to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VaultSecretResponse
    """

    return (
        await asyncio_detailed(
            intern_id=intern_id,
            name=name,
            client=client,
            body=body,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> VaultSecretResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = VaultSecretResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
