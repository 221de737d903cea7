from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_list_response import ApiKeyListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_disabled: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_disabled"] = include_disabled

    params["include_expired"] = include_expired

    params["offset"] = offset

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiKeyListResponse.from_dict(response.json())

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
) -> Response[ApiKeyListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    include_disabled: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ApiKeyListResponse | ErrorResponse]:
    """List the inference keys of a workspace

     Lists the inference keys of a workspace (the default workspace unless `workspace_id` is given).

    Args:
        include_disabled (bool | Unset):
        include_expired (bool | Unset):
        offset (int | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        include_disabled=include_disabled,
        include_expired=include_expired,
        offset=offset,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include_disabled: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ApiKeyListResponse | ErrorResponse | None:
    """List the inference keys of a workspace

     Lists the inference keys of a workspace (the default workspace unless `workspace_id` is given).

    Args:
        include_disabled (bool | Unset):
        include_expired (bool | Unset):
        offset (int | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        include_disabled=include_disabled,
        include_expired=include_expired,
        offset=offset,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include_disabled: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ApiKeyListResponse | ErrorResponse]:
    """List the inference keys of a workspace

     Lists the inference keys of a workspace (the default workspace unless `workspace_id` is given).

    Args:
        include_disabled (bool | Unset):
        include_expired (bool | Unset):
        offset (int | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        include_disabled=include_disabled,
        include_expired=include_expired,
        offset=offset,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include_disabled: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ApiKeyListResponse | ErrorResponse | None:
    """List the inference keys of a workspace

     Lists the inference keys of a workspace (the default workspace unless `workspace_id` is given).

    Args:
        include_disabled (bool | Unset):
        include_expired (bool | Unset):
        offset (int | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            include_disabled=include_disabled,
            include_expired=include_expired,
            offset=offset,
            workspace_id=workspace_id,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> ApiKeyListResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ApiKeyListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
