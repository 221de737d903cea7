from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.task_classification_window import TaskClassificationWindow
from ...models.task_classifications_response import TaskClassificationsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
    *,
    window: TaskClassificationWindow | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    params: dict[str, Any] = {}

    json_window: str | Unset = UNSET
    if not isinstance(window, Unset):
        json_window = window.value

    params["window"] = json_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/classifications/task",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> TaskClassificationsResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = TaskClassificationsResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
