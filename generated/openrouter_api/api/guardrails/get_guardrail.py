from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]

from ...models.guardrail_response import GuardrailResponse

if TYPE_CHECKING:
    import httpx


def build_request(
    id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GuardrailResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = GuardrailResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
