from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.transcription import Transcription
from ...models.transcription_request import TranscriptionRequest
from ...models.transcription_upload import TranscriptionUpload
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
    *,
    body: TranscriptionRequest | TranscriptionUpload | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}
    if not isinstance(x_session_id, Unset):
        headers["x-session-id"] = x_session_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/transcriptions",
    }

    if isinstance(body, TranscriptionRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, TranscriptionUpload):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Transcription:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = Transcription.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
