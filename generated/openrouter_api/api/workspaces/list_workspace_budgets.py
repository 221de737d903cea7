from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]

from ...models.workspace_budget_list_response import WorkspaceBudgetListResponse

if TYPE_CHECKING:
    import httpx


def build_request(
    workspace_ref: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_ref}/budgets".format(
            workspace_ref=quote(str(workspace_ref), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> WorkspaceBudgetListResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = WorkspaceBudgetListResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
