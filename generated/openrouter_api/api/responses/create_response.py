from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.metadata_level import MetadataLevel
from ...models.response_object import ResponseObject
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.create_response_request import CreateResponseRequest


def _get_kwargs(
    *,
    body: CreateResponseRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResponseObject | None:
    if response.status_code == 200:
        response_200 = ResponseObject.from_dict(response.json())

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

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
) -> Response[ErrorResponse | ResponseObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateResponseRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[ErrorResponse | ResponseObject]:
    """Generate a model response (OpenAI Responses-compatible).

     Stateless Responses API: send the whole conversation as `input` items each time
    (`previous_response_id` and stored responses are not supported). With `stream: true` the
    answer is a `text/event-stream` of typed events (`response.created`,
    `response.output_text.delta`, ..., `response.completed`) ending with `data: [DONE]`;
    lines starting with `:` are keep-alive comments.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        body (CreateResponseRequest): A Responses API request. Every field is optional; usually
            `model` and `input` are set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseObject]
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
    body: CreateResponseRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> ErrorResponse | ResponseObject | None:
    """Generate a model response (OpenAI Responses-compatible).

     Stateless Responses API: send the whole conversation as `input` items each time
    (`previous_response_id` and stored responses are not supported). With `stream: true` the
    answer is a `text/event-stream` of typed events (`response.created`,
    `response.output_text.delta`, ..., `response.completed`) ending with `data: [DONE]`;
    lines starting with `:` are keep-alive comments.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        body (CreateResponseRequest): A Responses API request. Every field is optional; usually
            `model` and `input` are set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseObject
    """

    return sync_detailed(
        client=client,
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateResponseRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[ErrorResponse | ResponseObject]:
    """Generate a model response (OpenAI Responses-compatible).

     Stateless Responses API: send the whole conversation as `input` items each time
    (`previous_response_id` and stored responses are not supported). With `stream: true` the
    answer is a `text/event-stream` of typed events (`response.created`,
    `response.output_text.delta`, ..., `response.completed`) ending with `data: [DONE]`;
    lines starting with `:` are keep-alive comments.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        body (CreateResponseRequest): A Responses API request. Every field is optional; usually
            `model` and `input` are set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseObject]
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
    body: CreateResponseRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> ErrorResponse | ResponseObject | None:
    """Generate a model response (OpenAI Responses-compatible).

     Stateless Responses API: send the whole conversation as `input` items each time
    (`previous_response_id` and stored responses are not supported). With `stream: true` the
    answer is a `text/event-stream` of typed events (`response.created`,
    `response.output_text.delta`, ..., `response.completed`) ending with `data: [DONE]`;
    lines starting with `:` are keep-alive comments.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        body (CreateResponseRequest): A Responses API request. Every field is optional; usually
            `model` and `input` are set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> ResponseObject:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ResponseObject.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
