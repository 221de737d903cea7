from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors

__all__ = ["build_request", "parse_response"]

if TYPE_CHECKING:
    import httpx


def build_request(
    name: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/vault/secrets/{name}".format(
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
