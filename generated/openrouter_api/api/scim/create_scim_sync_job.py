from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]

from ...models.scim_sync_job_response import ScimSyncJobResponse

if TYPE_CHECKING:
    import httpx


def build_request() -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scim/sync-jobs",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ScimSyncJobResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 202:
        response_202 = ScimSyncJobResponse.from_dict(response_json(response))

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)
