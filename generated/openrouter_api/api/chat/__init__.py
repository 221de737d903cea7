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

__all__ = [
    "ChatResource",
    "AsyncChatResource",
    "CREATE_CHAT_COMPLETION",
]

CREATE_CHAT_COMPLETION = Operation(
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
        """Generate the next assistant turn for a conversation. (`POST /chat/completions`, operation `create_chat_completion`).

        Sends a list of messages to a model (or a fallback list of models) and returns the
        assistant reply. With `stream: true` the reply arrives as server-sent events
        (`text/event-stream`): one `ChatCompletionChunk` per `data:` line, keep-alive comment
        lines starting with `:` in between, and a final `data: [DONE]`. Usage is sent once, in
        the last chunk before `[DONE]`, with an empty `choices` array. Errors raised after the
        first token arrive in-band as a chunk with a top-level `error` and
        `finish_reason: error`.

        Args:
            x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are
                returned.
            x_session_id (str | Unset):
            x_open_router_cache (CreateChatCompletionXOpenRouterCache | Unset):
            x_open_router_cache_ttl (int | Unset):
            x_anthropic_beta (str | Unset):
            body (ChatCompletionRequest): Body of `POST /chat/completions`. Only `messages` is
                required; without `model` the
                account's default model is used. Parameters a chosen provider does not support are
                dropped silently unless `provider.require_parameters` is true.
        """
        from . import create_chat_completion as _operation

        return self._transport.request(
            CREATE_CHAT_COMPLETION,
            _operation.build_request(
                body=body,
                x_open_router_metadata=x_open_router_metadata,
                x_session_id=x_session_id,
                x_open_router_cache=x_open_router_cache,
                x_open_router_cache_ttl=x_open_router_cache_ttl,
                x_anthropic_beta=x_anthropic_beta,
            ),
            _operation.parse_response,
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
        """Generate the next assistant turn for a conversation. (`POST /chat/completions`, operation `create_chat_completion`).

        Sends a list of messages to a model (or a fallback list of models) and returns the
        assistant reply. With `stream: true` the reply arrives as server-sent events
        (`text/event-stream`): one `ChatCompletionChunk` per `data:` line, keep-alive comment
        lines starting with `:` in between, and a final `data: [DONE]`. Usage is sent once, in
        the last chunk before `[DONE]`, with an empty `choices` array. Errors raised after the
        first token arrive in-band as a chunk with a top-level `error` and
        `finish_reason: error`.

        Args:
            x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are
                returned.
            x_session_id (str | Unset):
            x_open_router_cache (CreateChatCompletionXOpenRouterCache | Unset):
            x_open_router_cache_ttl (int | Unset):
            x_anthropic_beta (str | Unset):
            body (ChatCompletionRequest): Body of `POST /chat/completions`. Only `messages` is
                required; without `model` the
                account's default model is used. Parameters a chosen provider does not support are
                dropped silently unless `provider.require_parameters` is true.
        """
        from . import create_chat_completion as _operation

        return await self._transport.request(
            CREATE_CHAT_COMPLETION,
            _operation.build_request(
                body=body,
                x_open_router_metadata=x_open_router_metadata,
                x_session_id=x_session_id,
                x_open_router_cache=x_open_router_cache,
                x_open_router_cache_ttl=x_open_router_cache_ttl,
                x_anthropic_beta=x_anthropic_beta,
            ),
            _operation.parse_response,
            options,
        )
