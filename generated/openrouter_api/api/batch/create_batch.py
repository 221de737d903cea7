from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch import Batch
from ...models.error_response import ErrorResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.create_batch_request import CreateBatchRequest


def _get_kwargs(
    *,
    body: CreateBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Batch | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = Batch.from_dict(response.json())

        return response_202

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Batch | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
) -> Response[Batch | ErrorResponse]:
    """Submit a batch of inference requests

     Queues text-only requests against one endpoint and model for asynchronous processing at a
    reduced price; answers 202 with the new batch. The server stream-parses the body, so
    `endpoint`, `model` and `callback_url` must be serialised before `requests`. Batches are
    also served under `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).
    Not safe to retry on connection errors (the batch may already exist).

    Args:
        body (CreateBatchRequest): A batch submission. The server stream-parses this body, so
            `endpoint`, `model` and
            `callback_url` must be serialised before `requests`; keep the property order below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | ErrorResponse]
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
    body: CreateBatchRequest,
) -> Batch | ErrorResponse | None:
    """Submit a batch of inference requests

     Queues text-only requests against one endpoint and model for asynchronous processing at a
    reduced price; answers 202 with the new batch. The server stream-parses the body, so
    `endpoint`, `model` and `callback_url` must be serialised before `requests`. Batches are
    also served under `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).
    Not safe to retry on connection errors (the batch may already exist).

    Args:
        body (CreateBatchRequest): A batch submission. The server stream-parses this body, so
            `endpoint`, `model` and
            `callback_url` must be serialised before `requests`; keep the property order below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
) -> Response[Batch | ErrorResponse]:
    """Submit a batch of inference requests

     Queues text-only requests against one endpoint and model for asynchronous processing at a
    reduced price; answers 202 with the new batch. The server stream-parses the body, so
    `endpoint`, `model` and `callback_url` must be serialised before `requests`. Batches are
    also served under `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).
    Not safe to retry on connection errors (the batch may already exist).

    Args:
        body (CreateBatchRequest): A batch submission. The server stream-parses this body, so
            `endpoint`, `model` and
            `callback_url` must be serialised before `requests`; keep the property order below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
) -> Batch | ErrorResponse | None:
    """Submit a batch of inference requests

     Queues text-only requests against one endpoint and model for asynchronous processing at a
    reduced price; answers 202 with the new batch. The server stream-parses the body, so
    `endpoint`, `model` and `callback_url` must be serialised before `requests`. Batches are
    also served under `https://openrouter.ai/api/beta` (see `x-openrouter-alternate-base`).
    Not safe to retry on connection errors (the batch may already exist).

    Args:
        body (CreateBatchRequest): A batch submission. The server stream-parses this body, so
            `endpoint`, `model` and
            `callback_url` must be serialised before `requests`; keep the property order below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> Batch:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 202:
        response_202 = Batch.from_dict(response.json())

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)
