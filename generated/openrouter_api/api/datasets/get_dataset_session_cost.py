from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_cost_response import SessionCostResponse
from ...models.session_turn_range import SessionTurnRange
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: SessionTurnRange | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_slug"] = app_slug

    params["model"] = model

    json_turn_range: str | Unset = UNSET
    if not isinstance(turn_range, Unset):
        json_turn_range = turn_range.value

    params["turn_range"] = json_turn_range

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/session-cost",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionCostResponse | None:
    if response.status_code == 200:
        response_200 = SessionCostResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SessionCostResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: SessionTurnRange | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | SessionCostResponse]:
    """Median cost per session by coding harness and model.

     Aggregated, weekly refreshed cells of median USD spend per session for the published
    harnesses (apps). Sessions are never mixed across apps and no per-session data is exposed.

    Args:
        app_slug (str | Unset):
        model (str | Unset):
        turn_range (SessionTurnRange | Unset): Inclusive ranges of turns per session.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionCostResponse]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        model=model,
        turn_range=turn_range,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: SessionTurnRange | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorResponse | SessionCostResponse | None:
    """Median cost per session by coding harness and model.

     Aggregated, weekly refreshed cells of median USD spend per session for the published
    harnesses (apps). Sessions are never mixed across apps and no per-session data is exposed.

    Args:
        app_slug (str | Unset):
        model (str | Unset):
        turn_range (SessionTurnRange | Unset): Inclusive ranges of turns per session.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionCostResponse
    """

    return sync_detailed(
        client=client,
        app_slug=app_slug,
        model=model,
        turn_range=turn_range,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: SessionTurnRange | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | SessionCostResponse]:
    """Median cost per session by coding harness and model.

     Aggregated, weekly refreshed cells of median USD spend per session for the published
    harnesses (apps). Sessions are never mixed across apps and no per-session data is exposed.

    Args:
        app_slug (str | Unset):
        model (str | Unset):
        turn_range (SessionTurnRange | Unset): Inclusive ranges of turns per session.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionCostResponse]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        model=model,
        turn_range=turn_range,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: SessionTurnRange | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorResponse | SessionCostResponse | None:
    """Median cost per session by coding harness and model.

     Aggregated, weekly refreshed cells of median USD spend per session for the published
    harnesses (apps). Sessions are never mixed across apps and no per-session data is exposed.

    Args:
        app_slug (str | Unset):
        model (str | Unset):
        turn_range (SessionTurnRange | Unset): Inclusive ranges of turns per session.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionCostResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            app_slug=app_slug,
            model=model,
            turn_range=turn_range,
            limit=limit,
            offset=offset,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> SessionCostResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = SessionCostResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
