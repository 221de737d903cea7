from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.file_storage_provider import FileStorageProvider
from ...models.stored_file_anthropic import StoredFileAnthropic
from ...models.stored_file_open_ai import StoredFileOpenAI
from ...models.stored_file_open_router import StoredFileOpenRouter
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.file_upload import FileUpload


def _get_kwargs(
    *,
    body: FileUpload,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> Response[ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter]:
    """Store a new file

     Stores a file (at most 100 MB) for later use in requests. The type is sniffed from the
    content: PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG and UTF-8 text.

    Args:
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace_id=workspace_id,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter | None:
    """Store a new file

     Stores a file (at most 100 MB) for later use in requests. The type is sniffed from the
    content: PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG and UTF-8 text.

    Args:
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace_id=workspace_id,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> Response[ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter]:
    """Store a new file

     Stores a file (at most 100 MB) for later use in requests. The type is sniffed from the
    content: PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG and UTF-8 text.

    Args:
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace_id=workspace_id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter | None:
    """Store a new file

     Stores a file (at most 100 MB) for later use in requests. The type is sniffed from the
    content: PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG and UTF-8 text.

    Args:
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace_id=workspace_id,
            provider=provider,
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
