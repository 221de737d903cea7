from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.metadata_level import MetadataLevel
from ...models.response_object import ResponseObject
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from ...models.create_response_request import CreateResponseRequest


def build_request(
    *,
    body: CreateResponseRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ResponseObject:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ResponseObject.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
