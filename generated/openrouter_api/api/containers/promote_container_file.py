from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stored_file_anthropic import StoredFileAnthropic
from ...models.stored_file_open_ai import StoredFileOpenAI
from ...models.stored_file_open_router import StoredFileOpenRouter
from ...types import Response


def _get_kwargs(
    container_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{container_id}/files/{file_id}/promote".format(
            container_id=quote(str(container_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stored_file_type_0 = StoredFileOpenRouter.from_dict(data)

                return componentsschemas_stored_file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stored_file_type_1 = StoredFileOpenAI.from_dict(data)

                return componentsschemas_stored_file_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_stored_file_type_2 = StoredFileAnthropic.from_dict(data)

            return componentsschemas_stored_file_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    container_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter]:
    """Copy a container file into the workspace's stored files

     Copies the file out of the short-lived container into file storage and returns the new stored file.

    Args:
        container_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    container_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter | None:
    """Copy a container file into the workspace's stored files

     Copies the file out of the short-lived container into file storage and returns the new stored file.

    Args:
        container_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter
    """

    return sync_detailed(
        container_id=container_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    container_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter]:
    """Copy a container file into the workspace's stored files

     Copies the file out of the short-lived container into file storage and returns the new stored file.

    Args:
        container_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    container_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter | None:
    """Copy a container file into the workspace's stored files

     Copies the file out of the short-lived container into file storage and returns the new stored file.

    Args:
        container_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter
    """

    return (
        await asyncio_detailed(
            container_id=container_id,
            file_id=file_id,
            client=client,
        )
    ).parsed


def _parse_ok(
    response: httpx.Response,
) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stored_file_type_0 = StoredFileOpenRouter.from_dict(data)

                return componentsschemas_stored_file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stored_file_type_1 = StoredFileOpenAI.from_dict(data)

                return componentsschemas_stored_file_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_stored_file_type_2 = StoredFileAnthropic.from_dict(data)

            return componentsschemas_stored_file_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
