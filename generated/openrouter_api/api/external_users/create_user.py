from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]

from ...models.external_user_response import ExternalUserResponse

if TYPE_CHECKING:
    import httpx

    from ...models.create_external_user_request import CreateExternalUserRequest


def build_request(
    *,
    body: CreateExternalUserRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/external-users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ExternalUserResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 201:
        response_201 = ExternalUserResponse.from_dict(response_json(response))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
