from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion import ChatCompletion
from ...models.create_chat_completion_x_open_router_cache import (
    CreateChatCompletionXOpenRouterCache,
)
from ...models.error_response import ErrorResponse
from ...models.metadata_level import MetadataLevel
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.chat_completion_request import ChatCompletionRequest


def _get_kwargs(
    *,
    body: ChatCompletionRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
    x_open_router_cache: CreateChatCompletionXOpenRouterCache | Unset = UNSET,
    x_open_router_cache_ttl: int | Unset = UNSET,
    x_anthropic_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    if not isinstance(x_session_id, Unset):
        headers["x-session-id"] = x_session_id

    if not isinstance(x_open_router_cache, Unset):
        headers["X-OpenRouter-Cache"] = str(x_open_router_cache)

    if not isinstance(x_open_router_cache_ttl, Unset):
        headers["X-OpenRouter-Cache-TTL"] = str(x_open_router_cache_ttl)

    if not isinstance(x_anthropic_beta, Unset):
        headers["x-anthropic-beta"] = x_anthropic_beta

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletion | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

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
) -> Response[ChatCompletion | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
    x_open_router_cache: CreateChatCompletionXOpenRouterCache | Unset = UNSET,
    x_open_router_cache_ttl: int | Unset = UNSET,
    x_anthropic_beta: str | Unset = UNSET,
) -> Response[ChatCompletion | ErrorResponse]:
    """Generate the next assistant turn for a conversation.

     Sends a list of messages to a model (or a fallback list of models) and returns the
    assistant reply. With `stream: true` the reply arrives as server-sent events
    (`text/event-stream`): one `ChatCompletionChunk` per `data:` line, keep-alive comment
    lines starting with `:` in between, and a final `data: [DONE]`. Usage is sent once, in
    the last chunk before `[DONE]`, with an empty `choices` array. Errors raised after the
    first token arrive in-band as a chunk with a top-level `error` and
    `finish_reason: error`.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        x_session_id (str | Unset):
        x_open_router_cache (CreateChatCompletionXOpenRouterCache | Unset):
        x_open_router_cache_ttl (int | Unset):
        x_anthropic_beta (str | Unset):
        body (ChatCompletionRequest): Body of `POST /chat/completions`. Only `messages` is
            required; without `model` the
            account's default model is used. Parameters a chosen provider does not support are
            dropped silently unless `provider.require_parameters` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_open_router_metadata=x_open_router_metadata,
        x_session_id=x_session_id,
        x_open_router_cache=x_open_router_cache,
        x_open_router_cache_ttl=x_open_router_cache_ttl,
        x_anthropic_beta=x_anthropic_beta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
    x_open_router_cache: CreateChatCompletionXOpenRouterCache | Unset = UNSET,
    x_open_router_cache_ttl: int | Unset = UNSET,
    x_anthropic_beta: str | Unset = UNSET,
) -> ChatCompletion | ErrorResponse | None:
    """Generate the next assistant turn for a conversation.

     Sends a list of messages to a model (or a fallback list of models) and returns the
    assistant reply. With `stream: true` the reply arrives as server-sent events
    (`text/event-stream`): one `ChatCompletionChunk` per `data:` line, keep-alive comment
    lines starting with `:` in between, and a final `data: [DONE]`. Usage is sent once, in
    the last chunk before `[DONE]`, with an empty `choices` array. Errors raised after the
    first token arrive in-band as a chunk with a top-level `error` and
    `finish_reason: error`.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        x_session_id (str | Unset):
        x_open_router_cache (CreateChatCompletionXOpenRouterCache | Unset):
        x_open_router_cache_ttl (int | Unset):
        x_anthropic_beta (str | Unset):
        body (ChatCompletionRequest): Body of `POST /chat/completions`. Only `messages` is
            required; without `model` the
            account's default model is used. Parameters a chosen provider does not support are
            dropped silently unless `provider.require_parameters` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_open_router_metadata=x_open_router_metadata,
        x_session_id=x_session_id,
        x_open_router_cache=x_open_router_cache,
        x_open_router_cache_ttl=x_open_router_cache_ttl,
        x_anthropic_beta=x_anthropic_beta,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
    x_open_router_cache: CreateChatCompletionXOpenRouterCache | Unset = UNSET,
    x_open_router_cache_ttl: int | Unset = UNSET,
    x_anthropic_beta: str | Unset = UNSET,
) -> Response[ChatCompletion | ErrorResponse]:
    """Generate the next assistant turn for a conversation.

     Sends a list of messages to a model (or a fallback list of models) and returns the
    assistant reply. With `stream: true` the reply arrives as server-sent events
    (`text/event-stream`): one `ChatCompletionChunk` per `data:` line, keep-alive comment
    lines starting with `:` in between, and a final `data: [DONE]`. Usage is sent once, in
    the last chunk before `[DONE]`, with an empty `choices` array. Errors raised after the
    first token arrive in-band as a chunk with a top-level `error` and
    `finish_reason: error`.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        x_session_id (str | Unset):
        x_open_router_cache (CreateChatCompletionXOpenRouterCache | Unset):
        x_open_router_cache_ttl (int | Unset):
        x_anthropic_beta (str | Unset):
        body (ChatCompletionRequest): Body of `POST /chat/completions`. Only `messages` is
            required; without `model` the
            account's default model is used. Parameters a chosen provider does not support are
            dropped silently unless `provider.require_parameters` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_open_router_metadata=x_open_router_metadata,
        x_session_id=x_session_id,
        x_open_router_cache=x_open_router_cache,
        x_open_router_cache_ttl=x_open_router_cache_ttl,
        x_anthropic_beta=x_anthropic_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
    x_open_router_cache: CreateChatCompletionXOpenRouterCache | Unset = UNSET,
    x_open_router_cache_ttl: int | Unset = UNSET,
    x_anthropic_beta: str | Unset = UNSET,
) -> ChatCompletion | ErrorResponse | None:
    """Generate the next assistant turn for a conversation.

     Sends a list of messages to a model (or a fallback list of models) and returns the
    assistant reply. With `stream: true` the reply arrives as server-sent events
    (`text/event-stream`): one `ChatCompletionChunk` per `data:` line, keep-alive comment
    lines starting with `:` in between, and a final `data: [DONE]`. Usage is sent once, in
    the last chunk before `[DONE]`, with an empty `choices` array. Errors raised after the
    first token arrive in-band as a chunk with a top-level `error` and
    `finish_reason: error`.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are returned.
        x_session_id (str | Unset):
        x_open_router_cache (CreateChatCompletionXOpenRouterCache | Unset):
        x_open_router_cache_ttl (int | Unset):
        x_anthropic_beta (str | Unset):
        body (ChatCompletionRequest): Body of `POST /chat/completions`. Only `messages` is
            required; without `model` the
            account's default model is used. Parameters a chosen provider does not support are
            dropped silently unless `provider.require_parameters` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_open_router_metadata=x_open_router_metadata,
            x_session_id=x_session_id,
            x_open_router_cache=x_open_router_cache,
            x_open_router_cache_ttl=x_open_router_cache_ttl,
            x_anthropic_beta=x_anthropic_beta,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> ChatCompletion:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
