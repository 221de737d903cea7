from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.guardrail_member_assignment_list_response import (
    GuardrailMemberAssignmentListResponse,
)
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/assignments/members",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GuardrailMemberAssignmentListResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = GuardrailMemberAssignmentListResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
