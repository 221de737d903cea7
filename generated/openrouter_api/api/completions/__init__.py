"""Resources for the operations tagged "completions" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_completion_request import CreateCompletionRequest
    from ...models.text_completion import TextCompletion

__all__ = [
    "CompletionsResource",
    "AsyncCompletionsResource",
    "CREATE_COMPLETION",
]

CREATE_COMPLETION = Operation(
    id="create_completion",
    tag="completions",
    method="POST",
    path="/completions",
    requires_auth=True,
)


class CompletionsResource:
    """Operations tagged "completions"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateCompletionRequest,
        **options: Unpack[RequestOptions],
    ) -> TextCompletion:
        """Continue a raw text prompt (legacy text-completion API). (`POST /completions`, operation `create_completion`).

        The OpenAI text-completion shape. It is no longer in the official description and is kept
        for older integrations; prefer chat completions. With `stream: true` the answer is a
        `text/event-stream` of `TextCompletion` chunks ending with `data: [DONE]`.

        Args:
            body (CreateCompletionRequest): A raw prompt to continue, with sampling settings.
        """
        from . import create_completion as _operation

        return self._transport.request(
            CREATE_COMPLETION,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncCompletionsResource:
    """Awaitable operations tagged "completions"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateCompletionRequest,
        **options: Unpack[RequestOptions],
    ) -> TextCompletion:
        """Continue a raw text prompt (legacy text-completion API). (`POST /completions`, operation `create_completion`).

        The OpenAI text-completion shape. It is no longer in the official description and is kept
        for older integrations; prefer chat completions. With `stream: true` the answer is a
        `text/event-stream` of `TextCompletion` chunks ending with `data: [DONE]`.

        Args:
            body (CreateCompletionRequest): A raw prompt to continue, with sampling settings.
        """
        from . import create_completion as _operation

        return await self._transport.request(
            CREATE_COMPLETION,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )
