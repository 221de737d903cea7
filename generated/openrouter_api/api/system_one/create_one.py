from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decisions_response import DecisionsResponse
from ...models.error_response import ErrorResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.decisions_request import DecisionsRequest


def _get_kwargs(
    *,
    body: DecisionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/systemone",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DecisionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DecisionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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

    if response.status_code == 524:
        response_524 = ErrorResponse.from_dict(response.json())

        return response_524

    if response.status_code == 529:
        response_529 = ErrorResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DecisionsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DecisionsRequest,
) -> Response[DecisionsResponse | ErrorResponse]:
    """Ask a System One model typed questions about a state.

     Sends a state (text or JSON) and a set of named, typed questions to a System One model
    such as Jev and returns one typed answer per question. Bare model ids such as
    `jev-1.13` or `jev-latest` are read as `typesafe/...`. Billed like inference.

    Args:
        body (DecisionsRequest): A state and named, typed questions about it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DecisionsRequest,
) -> DecisionsResponse | ErrorResponse | None:
    """Ask a System One model typed questions about a state.

     Sends a state (text or JSON) and a set of named, typed questions to a System One model
    such as Jev and returns one typed answer per question. Bare model ids such as
    `jev-1.13` or `jev-latest` are read as `typesafe/...`. Billed like inference.

    Args:
        body (DecisionsRequest): A state and named, typed questions about it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DecisionsRequest,
) -> Response[DecisionsResponse | ErrorResponse]:
    """Ask a System One model typed questions about a state.

     Sends a state (text or JSON) and a set of named, typed questions to a System One model
    such as Jev and returns one typed answer per question. Bare model ids such as
    `jev-1.13` or `jev-latest` are read as `typesafe/...`. Billed like inference.

    Args:
        body (DecisionsRequest): A state and named, typed questions about it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DecisionsRequest,
) -> DecisionsResponse | ErrorResponse | None:
    """Ask a System One model typed questions about a state.

     Sends a state (text or JSON) and a set of named, typed questions to a System One model
    such as Jev and returns one typed answer per question. Bare model ids such as
    `jev-1.13` or `jev-latest` are read as `typesafe/...`. Billed like inference.

    Args:
        body (DecisionsRequest): A state and named, typed questions about it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> DecisionsResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = DecisionsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
