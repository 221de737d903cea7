"""Resources for the operations tagged "credits_" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.credits_response import CreditsResponse

__all__ = [
    "CreditsResource",
    "AsyncCreditsResource",
    "CREATE_CREDITS_COINBASE_CHARGE",
    "GET_CREDITS",
]

CREATE_CREDITS_COINBASE_CHARGE = Operation(
    id="create_credits_coinbase_charge",
    tag="credits_",
    method="POST",
    path="/credits/coinbase",
    requires_auth=False,
)
GET_CREDITS = Operation(
    id="get_credits",
    tag="credits_",
    method="GET",
    path="/credits",
    requires_auth=True,
)


class CreditsResource:
    """Operations tagged "credits_"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create_coinbase_charge(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a Coinbase charge (retired) (`POST /credits/coinbase`, operation `create_credits_coinbase_charge`).

        Coinbase Commerce charges were removed; this operation always answers 410 Gone. Buy credits
        on the web instead.
        """
        from . import create_credits_coinbase_charge as _operation

        return self._transport.request(
            CREATE_CREDITS_COINBASE_CHARGE,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> CreditsResponse:
        """Get the account's total purchased credits and total usage. (`GET /credits`, operation `get_credits`).

        Needs a management key. Remaining balance is `total_credits - total_usage` (USD).
        """
        from . import get_credits as _operation

        return self._transport.request(
            GET_CREDITS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )


class AsyncCreditsResource:
    """Awaitable operations tagged "credits_"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_coinbase_charge(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a Coinbase charge (retired) (`POST /credits/coinbase`, operation `create_credits_coinbase_charge`).

        Coinbase Commerce charges were removed; this operation always answers 410 Gone. Buy credits
        on the web instead.
        """
        from . import create_credits_coinbase_charge as _operation

        return await self._transport.request(
            CREATE_CREDITS_COINBASE_CHARGE,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )

    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> CreditsResponse:
        """Get the account's total purchased credits and total usage. (`GET /credits`, operation `get_credits`).

        Needs a management key. Remaining balance is `total_credits - total_usage` (USD).
        """
        from . import get_credits as _operation

        return await self._transport.request(
            GET_CREDITS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )
