from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]

from ...models.stored_file_anthropic import StoredFileAnthropic
from ...models.stored_file_open_ai import StoredFileOpenAI
from ...models.stored_file_open_router import StoredFileOpenRouter

if TYPE_CHECKING:
    import httpx


def build_request(
    container_id: str,
    file_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{container_id}/files/{file_id}/promote".format(
            container_id=quote(str(container_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response,
) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        data = response_json(response)
        return _read_response_200(data)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _read_response_200(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("_shape") == "openrouter":
            return StoredFileOpenRouter.from_dict(data)
        if data.get("_shape") == "openai":
            return StoredFileOpenAI.from_dict(data)
        if data.get("_shape") == "anthropic":
            return StoredFileAnthropic.from_dict(data)
        return data
    return data
