from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors

__all__ = ["build_request", "parse_response"]

from uuid import UUID

if TYPE_CHECKING:
    import httpx


def build_request(
    intern_id: UUID,
    name: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/vault/interns/{intern_id}/secrets/{name}".format(
            intern_id=quote(str(intern_id), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
