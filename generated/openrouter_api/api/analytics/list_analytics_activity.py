from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_group_by import ActivityGroupBy
from ...models.activity_list_response import ActivityListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    group_by: ActivityGroupBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date"] = date

    params["api_key_hash"] = api_key_hash

    params["user_id"] = user_id

    params["workspace_id"] = workspace_id

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActivityListResponse.from_dict(response.json())

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
) -> Response[ActivityListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    group_by: ActivityGroupBy | Unset = UNSET,
) -> Response[ActivityListResponse | ErrorResponse]:
    """List daily activity

     Returns usage for the last 30 completed UTC days, one row per day and endpoint.

    Args:
        date (str | Unset):
        api_key_hash (str | Unset):
        user_id (str | Unset):
        workspace_id (str | Unset):
        group_by (ActivityGroupBy | Unset): How to split activity rows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        workspace_id=workspace_id,
        group_by=group_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    group_by: ActivityGroupBy | Unset = UNSET,
) -> ActivityListResponse | ErrorResponse | None:
    """List daily activity

     Returns usage for the last 30 completed UTC days, one row per day and endpoint.

    Args:
        date (str | Unset):
        api_key_hash (str | Unset):
        user_id (str | Unset):
        workspace_id (str | Unset):
        group_by (ActivityGroupBy | Unset): How to split activity rows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        workspace_id=workspace_id,
        group_by=group_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    group_by: ActivityGroupBy | Unset = UNSET,
) -> Response[ActivityListResponse | ErrorResponse]:
    """List daily activity

     Returns usage for the last 30 completed UTC days, one row per day and endpoint.

    Args:
        date (str | Unset):
        api_key_hash (str | Unset):
        user_id (str | Unset):
        workspace_id (str | Unset):
        group_by (ActivityGroupBy | Unset): How to split activity rows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        workspace_id=workspace_id,
        group_by=group_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    group_by: ActivityGroupBy | Unset = UNSET,
) -> ActivityListResponse | ErrorResponse | None:
    """List daily activity

     Returns usage for the last 30 completed UTC days, one row per day and endpoint.

    Args:
        date (str | Unset):
        api_key_hash (str | Unset):
        user_id (str | Unset):
        workspace_id (str | Unset):
        group_by (ActivityGroupBy | Unset): How to split activity rows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            date=date,
            api_key_hash=api_key_hash,
            user_id=user_id,
            workspace_id=workspace_id,
            group_by=group_by,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> ActivityListResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ActivityListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
