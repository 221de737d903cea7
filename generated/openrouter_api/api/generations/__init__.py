"""Resources for the operations tagged "generations" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.generation_content_response import GenerationContentResponse
    from ...models.generation_feedback_request import GenerationFeedbackRequest
    from ...models.generation_feedback_response import GenerationFeedbackResponse
    from ...models.generation_response import GenerationResponse

__all__ = [
    "GenerationsResource",
    "AsyncGenerationsResource",
    "GET_GENERATION",
    "GET_GENERATION_CONTENT",
    "SUBMIT_GENERATION_FEEDBACK",
]

GET_GENERATION = Operation(
    id="get_generation",
    tag="generations",
    method="GET",
    path="/generation",
    requires_auth=True,
)
GET_GENERATION_CONTENT = Operation(
    id="get_generation_content",
    tag="generations",
    method="GET",
    path="/generation/content",
    requires_auth=True,
)
SUBMIT_GENERATION_FEEDBACK = Operation(
    id="submit_generation_feedback",
    tag="generations",
    method="POST",
    path="/generation/feedback",
    requires_auth=True,
)


class GenerationsResource:
    """Operations tagged "generations"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get(
        self,
        *,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> GenerationResponse:
        """Get the stored record of one generation. (`GET /generation`, operation `get_generation`).

        Looks up a generation by the id returned in a completion (`id`, or the
        `X-Generation-Id` header): cost, token counts, timings, provider attempts and more.
        The record may take a moment to appear after the request finishes.

        Args:
            id (str):
        """
        from . import get_generation as _operation

        return self._transport.request(
            GET_GENERATION,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def get_content(
        self,
        *,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> GenerationContentResponse:
        """Get the stored content of a generation (`GET /generation/content`, operation `get_generation_content`).

        Returns the prompt and completion stored for a generation, plus its error if it failed.

        Args:
            id (str):
        """
        from . import get_generation_content as _operation

        return self._transport.request(
            GET_GENERATION_CONTENT,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    def submit_feedback(
        self,
        *,
        body: GenerationFeedbackRequest,
        **options: Unpack[RequestOptions],
    ) -> GenerationFeedbackResponse:
        """Report feedback on a generation (`POST /generation/feedback`, operation `submit_generation_feedback`).

        Args:
            body (GenerationFeedbackRequest): Feedback on one generation.
        """
        from . import submit_generation_feedback as _operation

        return self._transport.request(
            SUBMIT_GENERATION_FEEDBACK,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncGenerationsResource:
    """Awaitable operations tagged "generations"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get(
        self,
        *,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> GenerationResponse:
        """Get the stored record of one generation. (`GET /generation`, operation `get_generation`).

        Looks up a generation by the id returned in a completion (`id`, or the
        `X-Generation-Id` header): cost, token counts, timings, provider attempts and more.
        The record may take a moment to appear after the request finishes.

        Args:
            id (str):
        """
        from . import get_generation as _operation

        return await self._transport.request(
            GET_GENERATION,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def get_content(
        self,
        *,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> GenerationContentResponse:
        """Get the stored content of a generation (`GET /generation/content`, operation `get_generation_content`).

        Returns the prompt and completion stored for a generation, plus its error if it failed.

        Args:
            id (str):
        """
        from . import get_generation_content as _operation

        return await self._transport.request(
            GET_GENERATION_CONTENT,
            _operation.build_request(
                id=id,
            ),
            _operation.parse_response,
            options,
        )

    async def submit_feedback(
        self,
        *,
        body: GenerationFeedbackRequest,
        **options: Unpack[RequestOptions],
    ) -> GenerationFeedbackResponse:
        """Report feedback on a generation (`POST /generation/feedback`, operation `submit_generation_feedback`).

        Args:
            body (GenerationFeedbackRequest): Feedback on one generation.
        """
        from . import submit_generation_feedback as _operation

        return await self._transport.request(
            SUBMIT_GENERATION_FEEDBACK,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )
