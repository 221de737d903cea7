"""Resources for the operations tagged "o_auth" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_auth_code_request import CreateAuthCodeRequest
    from ...models.create_auth_code_response import CreateAuthCodeResponse
    from ...models.exchange_auth_code_request import ExchangeAuthCodeRequest
    from ...models.exchange_auth_code_response import ExchangeAuthCodeResponse
    from ...models.o_auth_jwk_set import OAuthJwkSet
    from ...models.o_auth_token_request import OAuthTokenRequest
    from ...models.o_auth_token_response import OAuthTokenResponse

__all__ = ["OAuthResource", "AsyncOAuthResource"]

_CREATE_AUTH_CODE = Operation(
    id="create_auth_code",
    tag="o_auth",
    method="POST",
    path="/auth/keys/code",
    requires_auth=True,
)
_EXCHANGE_AUTH_CODE_FOR_KEY = Operation(
    id="exchange_auth_code_for_key",
    tag="o_auth",
    method="POST",
    path="/auth/keys",
    requires_auth=False,
)
_EXCHANGE_AUTH_TOKEN = Operation(
    id="exchange_auth_token",
    tag="o_auth",
    method="POST",
    path="/oauth/token",
    requires_auth=False,
)
_GET_AUTH_JWKS = Operation(
    id="get_auth_jwks",
    tag="o_auth",
    method="GET",
    path="/oauth/jwks",
    requires_auth=False,
)


class OAuthResource:
    """Operations tagged "o_auth"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create_code(
        self,
        *,
        body: CreateAuthCodeRequest,
        **options: Unpack[RequestOptions],
    ) -> CreateAuthCodeResponse:
        """Mint a PKCE authorization code from your own server (`POST /auth/keys/code`, operation `create_auth_code`)."""
        from . import create_auth_code as _operation

        return self._transport.request(
            _CREATE_AUTH_CODE,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def exchange_code_for_key(
        self,
        *,
        body: ExchangeAuthCodeRequest,
        **options: Unpack[RequestOptions],
    ) -> ExchangeAuthCodeResponse:
        """Trade a PKCE authorization code for a new API key (`POST /auth/keys`, operation `exchange_auth_code_for_key`)."""
        from . import exchange_auth_code_for_key as _operation

        return self._transport.request(
            _EXCHANGE_AUTH_CODE_FOR_KEY,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def exchange_token(
        self,
        *,
        body: OAuthTokenRequest,
        **options: Unpack[RequestOptions],
    ) -> OAuthTokenResponse:
        """Swap an identity-provider JWT for a short-lived OpenRouter token (`POST /oauth/token`, operation `exchange_auth_token`)."""
        from . import exchange_auth_token as _operation

        return self._transport.request(
            _EXCHANGE_AUTH_TOKEN,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def get_jwks(
        self,
        **options: Unpack[RequestOptions],
    ) -> OAuthJwkSet:
        """Get the public keys that sign OpenRouter access tokens (`GET /oauth/jwks`, operation `get_auth_jwks`)."""
        from . import get_auth_jwks as _operation

        return self._transport.request(
            _GET_AUTH_JWKS,
            _operation._get_kwargs(),
            _operation._parse_ok,
            options,
        )


class AsyncOAuthResource:
    """Awaitable operations tagged "o_auth"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_code(
        self,
        *,
        body: CreateAuthCodeRequest,
        **options: Unpack[RequestOptions],
    ) -> CreateAuthCodeResponse:
        """Mint a PKCE authorization code from your own server (`POST /auth/keys/code`, operation `create_auth_code`)."""
        from . import create_auth_code as _operation

        return await self._transport.request(
            _CREATE_AUTH_CODE,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def exchange_code_for_key(
        self,
        *,
        body: ExchangeAuthCodeRequest,
        **options: Unpack[RequestOptions],
    ) -> ExchangeAuthCodeResponse:
        """Trade a PKCE authorization code for a new API key (`POST /auth/keys`, operation `exchange_auth_code_for_key`)."""
        from . import exchange_auth_code_for_key as _operation

        return await self._transport.request(
            _EXCHANGE_AUTH_CODE_FOR_KEY,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def exchange_token(
        self,
        *,
        body: OAuthTokenRequest,
        **options: Unpack[RequestOptions],
    ) -> OAuthTokenResponse:
        """Swap an identity-provider JWT for a short-lived OpenRouter token (`POST /oauth/token`, operation `exchange_auth_token`)."""
        from . import exchange_auth_token as _operation

        return await self._transport.request(
            _EXCHANGE_AUTH_TOKEN,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def get_jwks(
        self,
        **options: Unpack[RequestOptions],
    ) -> OAuthJwkSet:
        """Get the public keys that sign OpenRouter access tokens (`GET /oauth/jwks`, operation `get_auth_jwks`)."""
        from . import get_auth_jwks as _operation

        return await self._transport.request(
            _GET_AUTH_JWKS,
            _operation._get_kwargs(),
            _operation._parse_ok,
            options,
        )
