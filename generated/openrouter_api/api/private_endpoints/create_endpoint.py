from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.managed_private_endpoint_response import ManagedPrivateEndpointResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from ...models.create_private_endpoint_request import CreatePrivateEndpointRequest


def build_request(
    *,
    body: CreatePrivateEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/private-endpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ManagedPrivateEndpointResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 201:
        response_201 = ManagedPrivateEndpointResponse.from_dict(response_json(response))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
