from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.file_list_anthropic import FileListAnthropic
from ...models.file_list_open_ai import FileListOpenAI
from ...models.file_list_open_router import FileListOpenRouter
from ...models.file_list_order import FileListOrder
from ...models.file_storage_provider import FileStorageProvider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: FileListOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["after"] = after

    params["after_id"] = after_id

    params["before_id"] = before_id

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["workspace_id"] = workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> FileListAnthropic | FileListOpenAI | FileListOpenRouter:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_file_list_type_0 = FileListOpenRouter.from_dict(data)

                return componentsschemas_file_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_file_list_type_1 = FileListOpenAI.from_dict(data)

                return componentsschemas_file_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_file_list_type_2 = FileListAnthropic.from_dict(data)

            return componentsschemas_file_list_type_2

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
) -> Response[ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: FileListOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> Response[ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter]:
    """List stored files

     Lists files in OpenRouter storage, or with `provider` set, in that provider's file store
    (using your own key for it). The page shape follows the store, told apart by `_shape`.
    OpenRouter storage pages with `cursor`; OpenAI-style stores with `after`; Anthropic-style
    stores with `after_id`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        after (str | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        order (FileListOrder | Unset):
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        after=after,
        after_id=after_id,
        before_id=before_id,
        order=order,
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
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: FileListOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter | None:
    """List stored files

     Lists files in OpenRouter storage, or with `provider` set, in that provider's file store
    (using your own key for it). The page shape follows the store, told apart by `_shape`.
    OpenRouter storage pages with `cursor`; OpenAI-style stores with `after`; Anthropic-style
    stores with `after_id`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        after (str | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        order (FileListOrder | Unset):
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        after=after,
        after_id=after_id,
        before_id=before_id,
        order=order,
        workspace_id=workspace_id,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: FileListOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> Response[ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter]:
    """List stored files

     Lists files in OpenRouter storage, or with `provider` set, in that provider's file store
    (using your own key for it). The page shape follows the store, told apart by `_shape`.
    OpenRouter storage pages with `cursor`; OpenAI-style stores with `after`; Anthropic-style
    stores with `after_id`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        after (str | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        order (FileListOrder | Unset):
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        after=after,
        after_id=after_id,
        before_id=before_id,
        order=order,
        workspace_id=workspace_id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: FileListOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter | None:
    """List stored files

     Lists files in OpenRouter storage, or with `provider` set, in that provider's file store
    (using your own key for it). The page shape follows the store, told apart by `_shape`.
    OpenRouter storage pages with `cursor`; OpenAI-style stores with `after`; Anthropic-style
    stores with `after_id`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        after (str | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        order (FileListOrder | Unset):
        workspace_id (str | Unset):
        provider (FileStorageProvider | Unset): A provider whose own file store is used with your
            key for it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileListAnthropic | FileListOpenAI | FileListOpenRouter
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            after=after,
            after_id=after_id,
            before_id=before_id,
            order=order,
            workspace_id=workspace_id,
            provider=provider,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> FileListAnthropic | FileListOpenAI | FileListOpenRouter:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> FileListAnthropic | FileListOpenAI | FileListOpenRouter:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_file_list_type_0 = FileListOpenRouter.from_dict(data)

                return componentsschemas_file_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_file_list_type_1 = FileListOpenAI.from_dict(data)

                return componentsschemas_file_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_file_list_type_2 = FileListAnthropic.from_dict(data)

            return componentsschemas_file_list_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
