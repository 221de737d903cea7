from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]


from ...models.chat_completion import ChatCompletion
from ...models.create_chat_completion_x_open_router_cache import (
    CreateChatCompletionXOpenRouterCache,
)
from ...models.metadata_level import MetadataLevel
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from ...models.chat_completion_request import ChatCompletionRequest


def build_request(
    *,
    body: ChatCompletionRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
    x_open_router_cache: CreateChatCompletionXOpenRouterCache | Unset = UNSET,
    x_open_router_cache_ttl: int | Unset = UNSET,
    x_anthropic_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
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


def parse_response(response: httpx.Response) -> ChatCompletion:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
