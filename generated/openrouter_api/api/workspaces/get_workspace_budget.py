from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workspace_budget_interval import WorkspaceBudgetInterval
from ...models.workspace_budget_response import WorkspaceBudgetResponse
from ...types import Response


def _get_kwargs(
    workspace_ref: str,
    interval: WorkspaceBudgetInterval,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_ref}/budgets/{interval}".format(
            workspace_ref=quote(str(workspace_ref), safe=""),
            interval=quote(str(interval), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkspaceBudgetResponse | None:
    if response.status_code == 200:
        response_200 = WorkspaceBudgetResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkspaceBudgetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_ref: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | WorkspaceBudgetResponse]:
    """Get the workspace budget for one interval

    Args:
        workspace_ref (str):
        interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-time
            budget.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceBudgetResponse]
    """

    kwargs = _get_kwargs(
        workspace_ref=workspace_ref,
        interval=interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_ref: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | WorkspaceBudgetResponse | None:
    """Get the workspace budget for one interval

    Args:
        workspace_ref (str):
        interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-time
            budget.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceBudgetResponse
    """

    return sync_detailed(
        workspace_ref=workspace_ref,
        interval=interval,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_ref: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | WorkspaceBudgetResponse]:
    """Get the workspace budget for one interval

    Args:
        workspace_ref (str):
        interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-time
            budget.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceBudgetResponse]
    """

    kwargs = _get_kwargs(
        workspace_ref=workspace_ref,
        interval=interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_ref: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | WorkspaceBudgetResponse | None:
    """Get the workspace budget for one interval

    Args:
        workspace_ref (str):
        interval (WorkspaceBudgetInterval): A budget's reset interval; `lifetime` is the one-time
            budget.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceBudgetResponse
    """

    return (
        await asyncio_detailed(
            workspace_ref=workspace_ref,
            interval=interval,
            client=client,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> WorkspaceBudgetResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = WorkspaceBudgetResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
