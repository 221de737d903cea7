from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anthropic_message import AnthropicMessage
from ...models.error_response import ErrorResponse
from ...models.metadata_level import MetadataLevel
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.create_message_request import CreateMessageRequest


def _get_kwargs(
    *,
    body: CreateMessageRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnthropicMessage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AnthropicMessage.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 529:
        response_529 = ErrorResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnthropicMessage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateMessageRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[AnthropicMessage | ErrorResponse]:
    """Generate a message (Anthropic Messages-compatible).

     Accepts Anthropic Messages requests for any model and answers in the Anthropic shape,
    with OpenRouter extras (`models`, `provider`, `plugins`, cost in `usage`). With
    `stream: true` the answer is a `text/event-stream` of named events (`message_start`,
    `content_block_start`, `content_block_delta`, `content_block_stop`, `message_delta`,
    `message_stop`, `ping`, `error`). Errors use the Anthropic envelope
    `{"type": "error", "error": {"type", "message"}}`.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        body (CreateMessageRequest): An Anthropic Messages request, plus OpenRouter routing
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicMessage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateMessageRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> AnthropicMessage | ErrorResponse | None:
    """Generate a message (Anthropic Messages-compatible).

     Accepts Anthropic Messages requests for any model and answers in the Anthropic shape,
    with OpenRouter extras (`models`, `provider`, `plugins`, cost in `usage`). With
    `stream: true` the answer is a `text/event-stream` of named events (`message_start`,
    `content_block_start`, `content_block_delta`, `content_block_stop`, `message_delta`,
    `message_stop`, `ping`, `error`). Errors use the Anthropic envelope
    `{"type": "error", "error": {"type", "message"}}`.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        body (CreateMessageRequest): An Anthropic Messages request, plus OpenRouter routing
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessage | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateMessageRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[AnthropicMessage | ErrorResponse]:
    """Generate a message (Anthropic Messages-compatible).

     Accepts Anthropic Messages requests for any model and answers in the Anthropic shape,
    with OpenRouter extras (`models`, `provider`, `plugins`, cost in `usage`). With
    `stream: true` the answer is a `text/event-stream` of named events (`message_start`,
    `content_block_start`, `content_block_delta`, `content_block_stop`, `message_delta`,
    `message_stop`, `ping`, `error`). Errors use the Anthropic envelope
    `{"type": "error", "error": {"type", "message"}}`.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        body (CreateMessageRequest): An Anthropic Messages request, plus OpenRouter routing
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicMessage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateMessageRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> AnthropicMessage | ErrorResponse | None:
    """Generate a message (Anthropic Messages-compatible).

     Accepts Anthropic Messages requests for any model and answers in the Anthropic shape,
    with OpenRouter extras (`models`, `provider`, `plugins`, cost in `usage`). With
    `stream: true` the answer is a `text/event-stream` of named events (`message_start`,
    `content_block_start`, `content_block_delta`, `content_block_stop`, `message_delta`,
    `message_stop`, `ping`, `error`). Errors use the Anthropic envelope
    `{"type": "error", "error": {"type", "message"}}`.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        body (CreateMessageRequest): An Anthropic Messages request, plus OpenRouter routing
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> AnthropicMessage:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = AnthropicMessage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
