from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.video_job import VideoJob
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.create_video_request import CreateVideoRequest


def _get_kwargs(
    *,
    body: CreateVideoRequest,
    x_session_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_session_id, Unset):
        headers["x-session-id"] = x_session_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VideoJob | None:
    if response.status_code == 202:
        response_202 = VideoJob.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VideoJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoRequest,
    x_session_id: str | Unset = UNSET,
) -> Response[ErrorResponse | VideoJob]:
    """Start an asynchronous video generation job

     Queues the job and answers 202 at once. Poll `polling_url` (`get_video`) until the status
    is terminal, or pass `callback_url` to be notified; then fetch the bytes with
    `download_video_content`.

    Args:
        x_session_id (str | Unset):
        body (CreateVideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoJob]
    """

    kwargs = _get_kwargs(
        body=body,
        x_session_id=x_session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateVideoRequest,
    x_session_id: str | Unset = UNSET,
) -> ErrorResponse | VideoJob | None:
    """Start an asynchronous video generation job

     Queues the job and answers 202 at once. Poll `polling_url` (`get_video`) until the status
    is terminal, or pass `callback_url` to be notified; then fetch the bytes with
    `download_video_content`.

    Args:
        x_session_id (str | Unset):
        body (CreateVideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoJob
    """

    return sync_detailed(
        client=client,
        body=body,
        x_session_id=x_session_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoRequest,
    x_session_id: str | Unset = UNSET,
) -> Response[ErrorResponse | VideoJob]:
    """Start an asynchronous video generation job

     Queues the job and answers 202 at once. Poll `polling_url` (`get_video`) until the status
    is terminal, or pass `callback_url` to be notified; then fetch the bytes with
    `download_video_content`.

    Args:
        x_session_id (str | Unset):
        body (CreateVideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoJob]
    """

    kwargs = _get_kwargs(
        body=body,
        x_session_id=x_session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateVideoRequest,
    x_session_id: str | Unset = UNSET,
) -> ErrorResponse | VideoJob | None:
    """Start an asynchronous video generation job

     Queues the job and answers 202 at once. Poll `polling_url` (`get_video`) until the status
    is terminal, or pass `callback_url` to be notified; then fetch the bytes with
    `download_video_content`.

    Args:
        x_session_id (str | Unset):
        body (CreateVideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_session_id=x_session_id,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> VideoJob:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 202:
        response_202 = VideoJob.from_dict(response.json())

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)
