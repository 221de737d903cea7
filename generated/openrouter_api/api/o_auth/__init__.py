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

__all__ = [
    "OAuthResource",
    "AsyncOAuthResource",
    "CREATE_AUTH_CODE",
    "EXCHANGE_AUTH_CODE_FOR_KEY",
    "EXCHANGE_AUTH_TOKEN",
    "GET_AUTH_JWKS",
]

CREATE_AUTH_CODE = Operation(
    id="create_auth_code",
    tag="o_auth",
    method="POST",
    path="/auth/keys/code",
    requires_auth=True,
)
EXCHANGE_AUTH_CODE_FOR_KEY = Operation(
    id="exchange_auth_code_for_key",
    tag="o_auth",
    method="POST",
    path="/auth/keys",
    requires_auth=False,
)
EXCHANGE_AUTH_TOKEN = Operation(
    id="exchange_auth_token",
    tag="o_auth",
    method="POST",
    path="/oauth/token",
    requires_auth=False,
)
GET_AUTH_JWKS = Operation(
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
        """Mint a PKCE authorization code from your own server (`POST /auth/keys/code`, operation `create_auth_code`).

        Pass the returned code id to `exchange_auth_code_for_key` to obtain the key.

        Args:
            body (CreateAuthCodeRequest):
        """
        from . import create_auth_code as _operation

        return self._transport.request(
            CREATE_AUTH_CODE,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def exchange_code_for_key(
        self,
        *,
        body: ExchangeAuthCodeRequest,
        **options: Unpack[RequestOptions],
    ) -> ExchangeAuthCodeResponse:
        """Trade a PKCE authorization code for a new API key (`POST /auth/keys`, operation `exchange_auth_code_for_key`).

        Final step of the PKCE sign-in: hand over the `code` that arrived on the redirect (and
        the `code_verifier` when a challenge was sent) and receive an API key owned by the user
        who signed in. Called without any key.

        Args:
            body (ExchangeAuthCodeRequest):
        """
        from . import exchange_auth_code_for_key as _operation

        return self._transport.request(
            EXCHANGE_AUTH_CODE_FOR_KEY,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def exchange_token(
        self,
        *,
        body: OAuthTokenRequest,
        **options: Unpack[RequestOptions],
    ) -> OAuthTokenResponse:
        """Swap an identity-provider JWT for a short-lived OpenRouter token (`POST /oauth/token`, operation `exchange_auth_token`).

        Token exchange as defined by RFC 8693. The workload sends a JWT signed by an issuer the
        organization has registered as trusted; in return it gets a short-lived token that behaves
        like the API key named in the matching federation policy. Failures are reported in the
        RFC 6749 format (`error`, `error_description`) rather than the usual error envelope.

        Args:
            body (OAuthTokenRequest): Form fields of a token-exchange request (RFC 8693).
        """
        from . import exchange_auth_token as _operation

        return self._transport.request(
            EXCHANGE_AUTH_TOKEN,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def get_jwks(
        self,
        **options: Unpack[RequestOptions],
    ) -> OAuthJwkSet:
        """Get the public keys that sign OpenRouter access tokens (`GET /oauth/jwks`, operation `get_auth_jwks`).

        An RFC 7517 JWK set, for verifying tokens issued by `exchange_auth_token`.
        """
        from . import get_auth_jwks as _operation

        return self._transport.request(
            GET_AUTH_JWKS,
            _operation.build_request(),
            _operation.parse_response,
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
        """Mint a PKCE authorization code from your own server (`POST /auth/keys/code`, operation `create_auth_code`).

        Pass the returned code id to `exchange_auth_code_for_key` to obtain the key.

        Args:
            body (CreateAuthCodeRequest):
        """
        from . import create_auth_code as _operation

        return await self._transport.request(
            CREATE_AUTH_CODE,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def exchange_code_for_key(
        self,
        *,
        body: ExchangeAuthCodeRequest,
        **options: Unpack[RequestOptions],
    ) -> ExchangeAuthCodeResponse:
        """Trade a PKCE authorization code for a new API key (`POST /auth/keys`, operation `exchange_auth_code_for_key`).

        Final step of the PKCE sign-in: hand over the `code` that arrived on the redirect (and
        the `code_verifier` when a challenge was sent) and receive an API key owned by the user
        who signed in. Called without any key.

        Args:
            body (ExchangeAuthCodeRequest):
        """
        from . import exchange_auth_code_for_key as _operation

        return await self._transport.request(
            EXCHANGE_AUTH_CODE_FOR_KEY,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def exchange_token(
        self,
        *,
        body: OAuthTokenRequest,
        **options: Unpack[RequestOptions],
    ) -> OAuthTokenResponse:
        """Swap an identity-provider JWT for a short-lived OpenRouter token (`POST /oauth/token`, operation `exchange_auth_token`).

        Token exchange as defined by RFC 8693. The workload sends a JWT signed by an issuer the
        organization has registered as trusted; in return it gets a short-lived token that behaves
        like the API key named in the matching federation policy. Failures are reported in the
        RFC 6749 format (`error`, `error_description`) rather than the usual error envelope.

        Args:
            body (OAuthTokenRequest): Form fields of a token-exchange request (RFC 8693).
        """
        from . import exchange_auth_token as _operation

        return await self._transport.request(
            EXCHANGE_AUTH_TOKEN,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def get_jwks(
        self,
        **options: Unpack[RequestOptions],
    ) -> OAuthJwkSet:
        """Get the public keys that sign OpenRouter access tokens (`GET /oauth/jwks`, operation `get_auth_jwks`).

        An RFC 7517 JWK set, for verifying tokens issued by `exchange_auth_token`.
        """
        from . import get_auth_jwks as _operation

        return await self._transport.request(
            GET_AUTH_JWKS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )
