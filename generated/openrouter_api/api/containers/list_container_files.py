from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]


from ...models.container_file_list import ContainerFileList
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
    container_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers/{container_id}/files".format(
            container_id=quote(str(container_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ContainerFileList:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ContainerFileList.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
