from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]

from ...models.observability_destination_response import ObservabilityDestinationResponse

if TYPE_CHECKING:
    import httpx

    from ...models.create_observability_destination_request import (
        CreateObservabilityDestinationRequest,
    )


def build_request(
    *,
    body: CreateObservabilityDestinationRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/destinations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ObservabilityDestinationResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 201:
        response_201 = ObservabilityDestinationResponse.from_dict(response_json(response))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
