from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]


from ...models.anthropic_message import AnthropicMessage
from ...models.metadata_level import MetadataLevel
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from ...models.create_message_request import CreateMessageRequest


def build_request(
    *,
    body: CreateMessageRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> AnthropicMessage:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = AnthropicMessage.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
