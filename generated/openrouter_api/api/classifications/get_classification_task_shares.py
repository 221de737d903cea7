from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_classification_window import TaskClassificationWindow
from ...models.task_classifications_response import TaskClassificationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    window: TaskClassificationWindow | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_window: str | Unset = UNSET
    if not isinstance(window, Unset):
        json_window = window.value

    params["window"] = json_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/classifications/task",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskClassificationsResponse | None:
    if response.status_code == 200:
        response_200 = TaskClassificationsResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TaskClassificationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    window: TaskClassificationWindow | Unset = UNSET,
) -> Response[ErrorResponse | TaskClassificationsResponse]:
    """Share of OpenRouter traffic per task classification.

     How sampled traffic splits across task classifications (such as code generation or web
    search) and their macro-categories over a trailing window, with the leading models of
    each classification.

    Args:
        window (TaskClassificationWindow | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskClassificationsResponse]
    """

    kwargs = _get_kwargs(
        window=window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    window: TaskClassificationWindow | Unset = UNSET,
) -> ErrorResponse | TaskClassificationsResponse | None:
    """Share of OpenRouter traffic per task classification.

     How sampled traffic splits across task classifications (such as code generation or web
    search) and their macro-categories over a trailing window, with the leading models of
    each classification.

    Args:
        window (TaskClassificationWindow | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskClassificationsResponse
    """

    return sync_detailed(
        client=client,
        window=window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    window: TaskClassificationWindow | Unset = UNSET,
) -> Response[ErrorResponse | TaskClassificationsResponse]:
    """Share of OpenRouter traffic per task classification.

     How sampled traffic splits across task classifications (such as code generation or web
    search) and their macro-categories over a trailing window, with the leading models of
    each classification.

    Args:
        window (TaskClassificationWindow | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskClassificationsResponse]
    """

    kwargs = _get_kwargs(
        window=window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    window: TaskClassificationWindow | Unset = UNSET,
) -> ErrorResponse | TaskClassificationsResponse | None:
    """Share of OpenRouter traffic per task classification.

     How sampled traffic splits across task classifications (such as code generation or web
    search) and their macro-categories over a trailing window, with the leading models of
    each classification.

    Args:
        window (TaskClassificationWindow | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskClassificationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            window=window,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> TaskClassificationsResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = TaskClassificationsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
