from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.o_auth_token_response import OAuthTokenResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.o_auth_token_request import OAuthTokenRequest


def _get_kwargs(
    *,
    body: OAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | OAuthTokenResponse | None:
    if response.status_code == 200:
        response_200 = OAuthTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = OAuthError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = OAuthError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = OAuthError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | OAuthTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[OAuthError | OAuthTokenResponse]:
    """Swap an identity-provider JWT for a short-lived OpenRouter token

     Token exchange as defined by RFC 8693. The workload sends a JWT signed by an issuer the
    organization has registered as trusted; in return it gets a short-lived token that behaves
    like the API key named in the matching federation policy. Failures are reported in the
    RFC 6749 format (`error`, `error_description`) rather than the usual error envelope.

    Args:
        body (OAuthTokenRequest): Form fields of a token-exchange request (RFC 8693).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | OAuthTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> OAuthError | OAuthTokenResponse | None:
    """Swap an identity-provider JWT for a short-lived OpenRouter token

     Token exchange as defined by RFC 8693. The workload sends a JWT signed by an issuer the
    organization has registered as trusted; in return it gets a short-lived token that behaves
    like the API key named in the matching federation policy. Failures are reported in the
    RFC 6749 format (`error`, `error_description`) rather than the usual error envelope.

    Args:
        body (OAuthTokenRequest): Form fields of a token-exchange request (RFC 8693).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | OAuthTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[OAuthError | OAuthTokenResponse]:
    """Swap an identity-provider JWT for a short-lived OpenRouter token

     Token exchange as defined by RFC 8693. The workload sends a JWT signed by an issuer the
    organization has registered as trusted; in return it gets a short-lived token that behaves
    like the API key named in the matching federation policy. Failures are reported in the
    RFC 6749 format (`error`, `error_description`) rather than the usual error envelope.

    Args:
        body (OAuthTokenRequest): Form fields of a token-exchange request (RFC 8693).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | OAuthTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> OAuthError | OAuthTokenResponse | None:
    """Swap an identity-provider JWT for a short-lived OpenRouter token

     Token exchange as defined by RFC 8693. The workload sends a JWT signed by an issuer the
    organization has registered as trusted; in return it gets a short-lived token that behaves
    like the API key named in the matching federation policy. Failures are reported in the
    RFC 6749 format (`error`, `error_description`) rather than the usual error envelope.

    Args:
        body (OAuthTokenRequest): Form fields of a token-exchange request (RFC 8693).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | OAuthTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> OAuthTokenResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = OAuthTokenResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
