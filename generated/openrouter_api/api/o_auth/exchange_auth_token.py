from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]

from ...models.o_auth_token_response import OAuthTokenResponse

if TYPE_CHECKING:
    import httpx

    from ...models.o_auth_token_request import OAuthTokenRequest


def build_request(
    *,
    body: OAuthTokenRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> OAuthTokenResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = OAuthTokenResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
