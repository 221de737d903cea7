"""Resources for the operations tagged "anthropic_messages" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.anthropic_message import AnthropicMessage
    from ...models.create_message_request import CreateMessageRequest
    from ...models.metadata_level import MetadataLevel

__all__ = [
    "AnthropicMessagesResource",
    "AsyncAnthropicMessagesResource",
    "CREATE_MESSAGE",
]

CREATE_MESSAGE = Operation(
    id="create_message",
    tag="anthropic_messages",
    method="POST",
    path="/messages",
    requires_auth=True,
)


class AnthropicMessagesResource:
    """Operations tagged "anthropic_messages"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateMessageRequest,
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnthropicMessage:
        """Generate a message (Anthropic Messages-compatible). (`POST /messages`, operation `create_message`).

        Accepts Anthropic Messages requests for any model and answers in the Anthropic shape,
        with OpenRouter extras (`models`, `provider`, `plugins`, cost in `usage`). With
        `stream: true` the answer is a `text/event-stream` of named events (`message_start`,
        `content_block_start`, `content_block_delta`, `content_block_stop`, `message_delta`,
        `message_stop`, `ping`, `error`). Errors use the Anthropic envelope
        `{"type": "error", "error": {"type", "message"}}`.

        Args:
            x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are
                returned.
            body (CreateMessageRequest): An Anthropic Messages request, plus OpenRouter routing
                fields.
        """
        from . import create_message as _operation

        return self._transport.request(
            CREATE_MESSAGE,
            _operation.build_request(
                body=body,
                x_open_router_metadata=x_open_router_metadata,
            ),
            _operation.parse_response,
            options,
        )


class AsyncAnthropicMessagesResource:
    """Awaitable operations tagged "anthropic_messages"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateMessageRequest,
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnthropicMessage:
        """Generate a message (Anthropic Messages-compatible). (`POST /messages`, operation `create_message`).

        Accepts Anthropic Messages requests for any model and answers in the Anthropic shape,
        with OpenRouter extras (`models`, `provider`, `plugins`, cost in `usage`). With
        `stream: true` the answer is a `text/event-stream` of named events (`message_start`,
        `content_block_start`, `content_block_delta`, `content_block_stop`, `message_delta`,
        `message_stop`, `ping`, `error`). Errors use the Anthropic envelope
        `{"type": "error", "error": {"type", "message"}}`.

        Args:
            x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are
                returned.
            body (CreateMessageRequest): An Anthropic Messages request, plus OpenRouter routing
                fields.
        """
        from . import create_message as _operation

        return await self._transport.request(
            CREATE_MESSAGE,
            _operation.build_request(
                body=body,
                x_open_router_metadata=x_open_router_metadata,
            ),
            _operation.parse_response,
            options,
        )
