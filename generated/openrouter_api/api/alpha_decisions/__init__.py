"""Resources for the operations tagged "alpha_decisions" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.decisions_request import DecisionsRequest
    from ...models.decisions_response import DecisionsResponse

__all__ = [
    "AlphaDecisionsResource",
    "AsyncAlphaDecisionsResource",
    "CREATE_DECISION",
]

CREATE_DECISION = Operation(
    id="create_decision",
    tag="alpha_decisions",
    method="POST",
    path="/api/alpha/decisions",
    requires_auth=True,
)


class AlphaDecisionsResource:
    """Operations tagged "alpha_decisions"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: DecisionsRequest,
        **options: Unpack[RequestOptions],
    ) -> DecisionsResponse:
        """Submit a request to the alpha Decisions router. (`POST /api/alpha/decisions`, operation `create_decision`).

        Same request and answer shapes as `POST /systemone`, routed by the Decisions router.
        This operation is not under `/api/v1`: it is served from `https://openrouter.ai`, so the
        full URL is `https://openrouter.ai/api/alpha/decisions`. Alpha: may change without notice.

        Args:
            body (DecisionsRequest): A state and named, typed questions about it.
        """
        from . import create_decision as _operation

        return self._transport.request(
            CREATE_DECISION,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncAlphaDecisionsResource:
    """Awaitable operations tagged "alpha_decisions"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: DecisionsRequest,
        **options: Unpack[RequestOptions],
    ) -> DecisionsResponse:
        """Submit a request to the alpha Decisions router. (`POST /api/alpha/decisions`, operation `create_decision`).

        Same request and answer shapes as `POST /systemone`, routed by the Decisions router.
        This operation is not under `/api/v1`: it is served from `https://openrouter.ai`, so the
        full URL is `https://openrouter.ai/api/alpha/decisions`. Alpha: may change without notice.

        Args:
            body (DecisionsRequest): A state and named, typed questions about it.
        """
        from . import create_decision as _operation

        return await self._transport.request(
            CREATE_DECISION,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )
