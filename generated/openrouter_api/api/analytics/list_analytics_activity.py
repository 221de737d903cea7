from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]


from ...models.activity_group_by import ActivityGroupBy
from ...models.activity_list_response import ActivityListResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
    *,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    group_by: ActivityGroupBy | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    params: dict[str, Any] = {}

    params["date"] = date

    params["api_key_hash"] = api_key_hash

    params["user_id"] = user_id

    params["workspace_id"] = workspace_id

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ActivityListResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ActivityListResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
