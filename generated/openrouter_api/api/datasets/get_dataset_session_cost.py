from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.session_cost_response import SessionCostResponse
from ...models.session_turn_range import SessionTurnRange
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
    *,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: SessionTurnRange | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    params: dict[str, Any] = {}

    params["app_slug"] = app_slug

    params["model"] = model

    json_turn_range: str | Unset = UNSET
    if not isinstance(turn_range, Unset):
        json_turn_range = turn_range.value

    params["turn_range"] = json_turn_range

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/session-cost",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> SessionCostResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = SessionCostResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
