from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vault_secret_copy_response import VaultSecretCopyResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.vault_secret_copy_request import VaultSecretCopyRequest


def _get_kwargs(
    intern_id: UUID,
    *,
    body: VaultSecretCopyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vault/interns/{intern_id}/secrets/copy".format(
            intern_id=quote(str(intern_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VaultSecretCopyResponse | None:
    if response.status_code == 200:
        response_200 = VaultSecretCopyResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | VaultSecretCopyResponse]:
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
    body: VaultSecretCopyRequest,
) -> Response[ErrorResponse | VaultSecretCopyResponse]:
    """Copy workspace secrets into an intern's vault.

     Copies the named workspace secrets (value and host bindings) to the intern, replacing
    intern secrets of the same name. All or nothing: an unknown name gives 404, a workspace
    secret without hosts gives 409. 503 while vault writes are disabled.

    Args:
        intern_id (UUID):
        body (VaultSecretCopyRequest): Workspace secrets to copy to an intern.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VaultSecretCopyResponse]
    """

    kwargs = _get_kwargs(
        intern_id=intern_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    intern_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VaultSecretCopyRequest,
) -> ErrorResponse | VaultSecretCopyResponse | None:
    """Copy workspace secrets into an intern's vault.

     Copies the named workspace secrets (value and host bindings) to the intern, replacing
    intern secrets of the same name. All or nothing: an unknown name gives 404, a workspace
    secret without hosts gives 409. 503 while vault writes are disabled.

    Args:
        intern_id (UUID):
        body (VaultSecretCopyRequest): Workspace secrets to copy to an intern.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VaultSecretCopyResponse
    """

    return sync_detailed(
        intern_id=intern_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    intern_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VaultSecretCopyRequest,
) -> Response[ErrorResponse | VaultSecretCopyResponse]:
    """Copy workspace secrets into an intern's vault.

     Copies the named workspace secrets (value and host bindings) to the intern, replacing
    intern secrets of the same name. All or nothing: an unknown name gives 404, a workspace
    secret without hosts gives 409. 503 while vault writes are disabled.

    Args:
        intern_id (UUID):
        body (VaultSecretCopyRequest): Workspace secrets to copy to an intern.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VaultSecretCopyResponse]
    """

    kwargs = _get_kwargs(
        intern_id=intern_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    intern_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VaultSecretCopyRequest,
) -> ErrorResponse | VaultSecretCopyResponse | None:
    """Copy workspace secrets into an intern's vault.

     Copies the named workspace secrets (value and host bindings) to the intern, replacing
    intern secrets of the same name. All or nothing: an unknown name gives 404, a workspace
    secret without hosts gives 409. 503 while vault writes are disabled.

    Args:
        intern_id (UUID):
        body (VaultSecretCopyRequest): Workspace secrets to copy to an intern.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VaultSecretCopyResponse
    """

    return (
        await asyncio_detailed(
            intern_id=intern_id,
            client=client,
            body=body,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> VaultSecretCopyResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = VaultSecretCopyResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
