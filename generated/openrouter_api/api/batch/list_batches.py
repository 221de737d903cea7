from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_list import BatchList
from ...models.batch_status_filter import BatchStatusFilter
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[BatchStatusFilter] | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["created_after"] = created_after

    params["created_before"] = created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/batches",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BatchList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[BatchList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[BatchStatusFilter] | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Response[BatchList | ErrorResponse]:
    """List batches, newest first

     Cursor pagination: pass the previous page's `last_id` as `after` while `has_more` is true.
    Batches are also served under `https://openrouter.ai/api/beta` (see
    `x-openrouter-alternate-base`); the default server works too.

    Args:
        limit (int | Unset):
        after (str | Unset):
        status (list[BatchStatusFilter] | Unset):
        created_after (str | Unset):
        created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        status=status,
        created_after=created_after,
        created_before=created_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[BatchStatusFilter] | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> BatchList | ErrorResponse | None:
    """List batches, newest first

     Cursor pagination: pass the previous page's `last_id` as `after` while `has_more` is true.
    Batches are also served under `https://openrouter.ai/api/beta` (see
    `x-openrouter-alternate-base`); the default server works too.

    Args:
        limit (int | Unset):
        after (str | Unset):
        status (list[BatchStatusFilter] | Unset):
        created_after (str | Unset):
        created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        status=status,
        created_after=created_after,
        created_before=created_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[BatchStatusFilter] | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Response[BatchList | ErrorResponse]:
    """List batches, newest first

     Cursor pagination: pass the previous page's `last_id` as `after` while `has_more` is true.
    Batches are also served under `https://openrouter.ai/api/beta` (see
    `x-openrouter-alternate-base`); the default server works too.

    Args:
        limit (int | Unset):
        after (str | Unset):
        status (list[BatchStatusFilter] | Unset):
        created_after (str | Unset):
        created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        status=status,
        created_after=created_after,
        created_before=created_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[BatchStatusFilter] | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> BatchList | ErrorResponse | None:
    """List batches, newest first

     Cursor pagination: pass the previous page's `last_id` as `after` while `has_more` is true.
    Batches are also served under `https://openrouter.ai/api/beta` (see
    `x-openrouter-alternate-base`); the default server works too.

    Args:
        limit (int | Unset):
        after (str | Unset):
        status (list[BatchStatusFilter] | Unset):
        created_after (str | Unset):
        created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            status=status,
            created_after=created_after,
            created_before=created_before,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> BatchList:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = BatchList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
