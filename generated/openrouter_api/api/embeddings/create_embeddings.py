from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]


from ...models.embeddings_response import EmbeddingsResponse

if TYPE_CHECKING:
    import httpx

    from ...models.create_embeddings_request import CreateEmbeddingsRequest


def build_request(
    *,
    body: CreateEmbeddingsRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embeddings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> EmbeddingsResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = EmbeddingsResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
