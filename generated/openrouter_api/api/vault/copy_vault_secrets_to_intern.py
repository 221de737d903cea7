from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import response_json

__all__ = ["build_request", "parse_response"]

from uuid import UUID

from ...models.vault_secret_copy_response import VaultSecretCopyResponse

if TYPE_CHECKING:
    import httpx

    from ...models.vault_secret_copy_request import VaultSecretCopyRequest


def build_request(
    intern_id: UUID,
    *,
    body: VaultSecretCopyRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vault/interns/{intern_id}/secrets/copy".format(
            intern_id=quote(str(intern_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> VaultSecretCopyResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = VaultSecretCopyResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
