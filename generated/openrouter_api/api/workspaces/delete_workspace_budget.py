from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]


from ...models.delete_workspace_budget_response import DeleteWorkspaceBudgetResponse
from ...models.workspace_budget_interval import WorkspaceBudgetInterval

if TYPE_CHECKING:
    import httpx


def build_request(
    workspace_ref: str,
    interval: WorkspaceBudgetInterval,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/workspaces/{workspace_ref}/budgets/{interval}".format(
            workspace_ref=quote(str(workspace_ref), safe=""),
            interval=quote(str(interval), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeleteWorkspaceBudgetResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = DeleteWorkspaceBudgetResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
