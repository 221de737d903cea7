from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.file_list_anthropic import FileListAnthropic
from ...models.file_list_open_ai import FileListOpenAI
from ...models.file_list_open_router import FileListOpenRouter
from ...models.file_list_order import FileListOrder
from ...models.file_storage_provider import FileStorageProvider
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: FileListOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    provider: FileStorageProvider | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["after"] = after

    params["after_id"] = after_id

    params["before_id"] = before_id

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["workspace_id"] = workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response,
) -> FileListAnthropic | FileListOpenAI | FileListOpenRouter:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        data = response_json(response)
        return _read_response_200(data)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _read_response_200(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("_shape") == "openrouter":
            return FileListOpenRouter.from_dict(data)
        if data.get("_shape") == "openai":
            return FileListOpenAI.from_dict(data)
        if data.get("_shape") == "anthropic":
            return FileListAnthropic.from_dict(data)
        return data
    return data
