"""Resources for the operations tagged "chat" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.chat_completion import ChatCompletion
    from ...models.chat_completion_request import ChatCompletionRequest
    from ...models.create_chat_completion_x_open_router_cache import (
        CreateChatCompletionXOpenRouterCache,
    )
    from ...models.metadata_level import MetadataLevel

__all__ = ["ChatResource", "AsyncChatResource"]

_CREATE_CHAT_COMPLETION = Operation(
    id="create_chat_completion",
    tag="chat",
    method="POST",
    path="/chat/completions",
    requires_auth=True,
)


class ChatResource:
    """Operations tagged "chat"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create_completion(
        self,
        *,
        body: ChatCompletionRequest,
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
        x_session_id: str | Unset = UNSET,
        x_open_router_cache: CreateChatCompletionXOpenRouterCache | Unset = UNSET,
        x_open_router_cache_ttl: int | Unset = UNSET,
        x_anthropic_beta: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletion:
        """Generate the next assistant turn for a conversation. (`POST /chat/completions`, operation `create_chat_completion`)."""
        from . import create_chat_completion as _operation

        return self._transport.request(
            _CREATE_CHAT_COMPLETION,
            _operation._get_kwargs(
                body=body,
                x_open_router_metadata=x_open_router_metadata,
                x_session_id=x_session_id,
                x_open_router_cache=x_open_router_cache,
                x_open_router_cache_ttl=x_open_router_cache_ttl,
                x_anthropic_beta=x_anthropic_beta,
            ),
            _operation._parse_ok,
            options,
        )


class AsyncChatResource:
    """Awaitable operations tagged "chat"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_completion(
        self,
        *,
        body: ChatCompletionRequest,
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
        x_session_id: str | Unset = UNSET,
        x_open_router_cache: CreateChatCompletionXOpenRouterCache | Unset = UNSET,
        x_open_router_cache_ttl: int | Unset = UNSET,
        x_anthropic_beta: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletion:
        """Generate the next assistant turn for a conversation. (`POST /chat/completions`, operation `create_chat_completion`)."""
        from . import create_chat_completion as _operation

        return await self._transport.request(
            _CREATE_CHAT_COMPLETION,
            _operation._get_kwargs(
                body=body,
                x_open_router_metadata=x_open_router_metadata,
                x_session_id=x_session_id,
                x_open_router_cache=x_open_router_cache,
                x_open_router_cache_ttl=x_open_router_cache_ttl,
                x_anthropic_beta=x_anthropic_beta,
            ),
            _operation._parse_ok,
            options,
        )
