"""Resources for the operations tagged "system_one" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.decisions_request import DecisionsRequest
    from ...models.decisions_response import DecisionsResponse

__all__ = [
    "SystemOneResource",
    "AsyncSystemOneResource",
    "CREATE_ONE",
]

CREATE_ONE = Operation(
    id="create_one",
    tag="system_one",
    method="POST",
    path="/systemone",
    requires_auth=True,
)


class SystemOneResource:
    """Operations tagged "system_one"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: DecisionsRequest,
        **options: Unpack[RequestOptions],
    ) -> DecisionsResponse:
        """Ask a System One model typed questions about a state. (`POST /systemone`, operation `create_one`).

        Sends a state (text or JSON) and a set of named, typed questions to a System One model
        such as Jev and returns one typed answer per question. Bare model ids such as
        `jev-1.13` or `jev-latest` are read as `typesafe/...`. Billed like inference.

        Args:
            body (DecisionsRequest): A state and named, typed questions about it.
        """
        from . import create_one as _operation

        return self._transport.request(
            CREATE_ONE,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncSystemOneResource:
    """Awaitable operations tagged "system_one"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: DecisionsRequest,
        **options: Unpack[RequestOptions],
    ) -> DecisionsResponse:
        """Ask a System One model typed questions about a state. (`POST /systemone`, operation `create_one`).

        Sends a state (text or JSON) and a set of named, typed questions to a System One model
        such as Jev and returns one typed answer per question. Bare model ids such as
        `jev-1.13` or `jev-latest` are read as `typesafe/...`. Billed like inference.

        Args:
            body (DecisionsRequest): A state and named, typed questions about it.
        """
        from . import create_one as _operation

        return await self._transport.request(
            CREATE_ONE,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )
