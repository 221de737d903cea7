from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.preset_response import PresetResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.preset_messages_config import PresetMessagesConfig


def _get_kwargs(
    slug: str,
    *,
    body: PresetMessagesConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/presets/{slug}/messages".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PresetResponse | None:
    if response.status_code == 200:
        response_200 = PresetResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | PresetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PresetMessagesConfig,
) -> Response[ErrorResponse | PresetResponse]:
    """Save an Anthropic messages request body as a new preset version.

     Like the chat-completions variant, but reads the settings from an Anthropic Messages
    request body. No inference is run; non-preset fields are ignored.

    Args:
        slug (str):
        body (PresetMessagesConfig): An Anthropic Messages request body; only its preset settings
            are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PresetResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PresetMessagesConfig,
) -> ErrorResponse | PresetResponse | None:
    """Save an Anthropic messages request body as a new preset version.

     Like the chat-completions variant, but reads the settings from an Anthropic Messages
    request body. No inference is run; non-preset fields are ignored.

    Args:
        slug (str):
        body (PresetMessagesConfig): An Anthropic Messages request body; only its preset settings
            are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PresetResponse
    """

    return sync_detailed(
        slug=slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PresetMessagesConfig,
) -> Response[ErrorResponse | PresetResponse]:
    """Save an Anthropic messages request body as a new preset version.

     Like the chat-completions variant, but reads the settings from an Anthropic Messages
    request body. No inference is run; non-preset fields are ignored.

    Args:
        slug (str):
        body (PresetMessagesConfig): An Anthropic Messages request body; only its preset settings
            are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PresetResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PresetMessagesConfig,
) -> ErrorResponse | PresetResponse | None:
    """Save an Anthropic messages request body as a new preset version.

     Like the chat-completions variant, but reads the settings from an Anthropic Messages
    request body. No inference is run; non-preset fields are ignored.

    Args:
        slug (str):
        body (PresetMessagesConfig): An Anthropic Messages request body; only its preset settings
            are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PresetResponse
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            body=body,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> PresetResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = PresetResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
