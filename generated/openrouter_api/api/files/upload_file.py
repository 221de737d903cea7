from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.file_storage_provider import FileStorageProvider
from ...models.stored_file_anthropic import StoredFileAnthropic
from ...models.stored_file_open_ai import StoredFileOpenAI
from ...models.stored_file_open_router import StoredFileOpenRouter
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from ...models.file_upload import FileUpload


def build_request(
    *,
    body: FileUpload,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
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
