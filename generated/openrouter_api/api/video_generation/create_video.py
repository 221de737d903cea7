from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.video_job import VideoJob
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from ...models.create_video_request import CreateVideoRequest


def build_request(
    *,
    body: CreateVideoRequest,
    x_session_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}
    if not isinstance(x_session_id, Unset):
        headers["x-session-id"] = x_session_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> VideoJob:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 202:
        response_202 = VideoJob.from_dict(response_json(response))

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)
