"""Resources for the operations tagged "responses" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_response_request import CreateResponseRequest
    from ...models.metadata_level import MetadataLevel
    from ...models.response_object import ResponseObject

__all__ = [
    "ResponsesResource",
    "AsyncResponsesResource",
    "CREATE_RESPONSE",
]

CREATE_RESPONSE = Operation(
    id="create_response",
    tag="responses",
    method="POST",
    path="/responses",
    requires_auth=True,
)


class ResponsesResource:
    """Operations tagged "responses"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateResponseRequest,
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResponseObject:
        """Generate a model response (OpenAI Responses-compatible). (`POST /responses`, operation `create_response`).

        Stateless Responses API: send the whole conversation as `input` items each time
        (`previous_response_id` and stored responses are not supported). With `stream: true` the
        answer is a `text/event-stream` of typed events (`response.created`,
        `response.output_text.delta`, ..., `response.completed`) ending with `data: [DONE]`;
        lines starting with `:` are keep-alive comments.

        Args:
            x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are
                returned.
            body (CreateResponseRequest): A Responses API request. Every field is optional; usually
                `model` and `input` are set.
        """
        from . import create_response as _operation

        return self._transport.request(
            CREATE_RESPONSE,
            _operation.build_request(
                body=body,
                x_open_router_metadata=x_open_router_metadata,
            ),
            _operation.parse_response,
            options,
        )


class AsyncResponsesResource:
    """Awaitable operations tagged "responses"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateResponseRequest,
        x_open_router_metadata: MetadataLevel | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResponseObject:
        """Generate a model response (OpenAI Responses-compatible). (`POST /responses`, operation `create_response`).

        Stateless Responses API: send the whole conversation as `input` items each time
        (`previous_response_id` and stored responses are not supported). With `stream: true` the
        answer is a `text/event-stream` of typed events (`response.created`,
        `response.output_text.delta`, ..., `response.completed`) ending with `data: [DONE]`;
        lines starting with `:` are keep-alive comments.

        Args:
            x_open_router_metadata (MetadataLevel | Unset): Whether routing diagnostics are
                returned.
            body (CreateResponseRequest): A Responses API request. Every field is optional; usually
                `model` and `input` are set.
        """
        from . import create_response as _operation

        return await self._transport.request(
            CREATE_RESPONSE,
            _operation.build_request(
                body=body,
                x_open_router_metadata=x_open_router_metadata,
            ),
            _operation.parse_response,
            options,
        )
