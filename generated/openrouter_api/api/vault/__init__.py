"""Resources for the operations tagged "vault" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from uuid import UUID

    from ...models.intern_connection_list_response import InternConnectionListResponse
    from ...models.vault_effective_secret_list_response import VaultEffectiveSecretListResponse
    from ...models.vault_secret_copy_request import VaultSecretCopyRequest
    from ...models.vault_secret_copy_response import VaultSecretCopyResponse
    from ...models.vault_secret_list_response import VaultSecretListResponse
    from ...models.vault_secret_response import VaultSecretResponse
    from ...models.vault_secret_write_request import VaultSecretWriteRequest

__all__ = [
    "VaultResource",
    "AsyncVaultResource",
    "COPY_VAULT_SECRETS_TO_INTERN",
    "DELETE_VAULT_INTERN_SECRET",
    "DELETE_VAULT_SECRET",
    "LIST_VAULT_INTERN_CONNECTIONS",
    "LIST_VAULT_INTERN_EFFECTIVE_SECRETS",
    "LIST_VAULT_INTERN_SECRETS",
    "LIST_VAULT_SECRETS",
    "STORE_VAULT_INTERN_SECRET",
    "STORE_VAULT_SECRET",
]

COPY_VAULT_SECRETS_TO_INTERN = Operation(
    id="copy_vault_secrets_to_intern",
    tag="vault",
    method="POST",
    path="/vault/interns/{intern_id}/secrets/copy",
    requires_auth=True,
)
DELETE_VAULT_INTERN_SECRET = Operation(
    id="delete_vault_intern_secret",
    tag="vault",
    method="DELETE",
    path="/vault/interns/{intern_id}/secrets/{name}",
    requires_auth=True,
)
DELETE_VAULT_SECRET = Operation(
    id="delete_vault_secret",
    tag="vault",
    method="DELETE",
    path="/vault/secrets/{name}",
    requires_auth=True,
)
LIST_VAULT_INTERN_CONNECTIONS = Operation(
    id="list_vault_intern_connections",
    tag="vault",
    method="GET",
    path="/vault/interns/{intern_id}/connections",
    requires_auth=True,
)
LIST_VAULT_INTERN_EFFECTIVE_SECRETS = Operation(
    id="list_vault_intern_effective_secrets",
    tag="vault",
    method="GET",
    path="/vault/interns/{intern_id}/effective-secrets",
    requires_auth=True,
)
LIST_VAULT_INTERN_SECRETS = Operation(
    id="list_vault_intern_secrets",
    tag="vault",
    method="GET",
    path="/vault/interns/{intern_id}/secrets",
    requires_auth=True,
)
LIST_VAULT_SECRETS = Operation(
    id="list_vault_secrets",
    tag="vault",
    method="GET",
    path="/vault/secrets",
    requires_auth=True,
)
STORE_VAULT_INTERN_SECRET = Operation(
    id="store_vault_intern_secret",
    tag="vault",
    method="PUT",
    path="/vault/interns/{intern_id}/secrets/{name}",
    requires_auth=True,
)
STORE_VAULT_SECRET = Operation(
    id="store_vault_secret",
    tag="vault",
    method="PUT",
    path="/vault/secrets/{name}",
    requires_auth=True,
)


class VaultResource:
    """Operations tagged "vault"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def copy_secrets_to_intern(
        self,
        intern_id: UUID,
        *,
        body: VaultSecretCopyRequest,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretCopyResponse:
        """Copy workspace secrets into an intern's vault. (`POST /vault/interns/{intern_id}/secrets/copy`, operation `copy_vault_secrets_to_intern`).

        Copies the named workspace secrets (value and host bindings) to the intern, replacing
        intern secrets of the same name. All or nothing: an unknown name gives 404, a workspace
        secret without hosts gives 409. 503 while vault writes are disabled.

        Args:
            intern_id (UUID):
            body (VaultSecretCopyRequest): Workspace secrets to copy to an intern.
        """
        from . import copy_vault_secrets_to_intern as _operation

        return self._transport.request(
            COPY_VAULT_SECRETS_TO_INTERN,
            _operation.build_request(
                intern_id=intern_id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def delete_intern_secret(
        self,
        intern_id: UUID,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a secret stored for one intern. (`DELETE /vault/interns/{intern_id}/secrets/{name}`, operation `delete_vault_intern_secret`).

        204 on success; 404 when the intern has no secret of that name. 503 while vault writes are
        disabled.

        Args:
            intern_id (UUID):
            name (str):
        """
        from . import delete_vault_intern_secret as _operation

        return self._transport.request(
            DELETE_VAULT_INTERN_SECRET,
            _operation.build_request(
                intern_id=intern_id,
                name=name,
            ),
            _operation.parse_response,
            options,
        )

    def delete_secret(
        self,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a workspace secret. (`DELETE /vault/secrets/{name}`, operation `delete_vault_secret`).

        204 on success; 404 when the workspace has no secret of that name. 503 while vault writes
        are disabled.

        Args:
            name (str):
        """
        from . import delete_vault_secret as _operation

        return self._transport.request(
            DELETE_VAULT_SECRET,
            _operation.build_request(
                name=name,
            ),
            _operation.parse_response,
            options,
        )

    def list_intern_connections(
        self,
        intern_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> InternConnectionListResponse:
        """List the connections an intern may use. (`GET /vault/interns/{intern_id}/connections`, operation `list_vault_intern_connections`).

        Keys of the connections enabled for the intern, as on the dashboard's Connections tab:
        `github`, `slack`, `google`, a catalogue MCP server such as `linear`, or `mcp:<host>`
        for a custom MCP server. Keys only, never credentials. 404 for an intern the key
        cannot see.

        Args:
            intern_id (UUID):
        """
        from . import list_vault_intern_connections as _operation

        return self._transport.request(
            LIST_VAULT_INTERN_CONNECTIONS,
            _operation.build_request(
                intern_id=intern_id,
            ),
            _operation.parse_response,
            options,
        )

    def list_intern_effective_secrets(
        self,
        intern_id: UUID,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VaultEffectiveSecretListResponse:
        """List the secrets an intern's outbound requests actually receive. (`GET /vault/interns/{intern_id}/effective-secrets`, operation `list_vault_intern_effective_secrets`).

        One entry per secret name after resolving the intern's own vault, attached vaults and
        the workspace vault (in that order of precedence); `scope` says which one won. Metadata
        only, ordered by name.

        Args:
            intern_id (UUID):
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import list_vault_intern_effective_secrets as _operation

        return self._transport.request(
            LIST_VAULT_INTERN_EFFECTIVE_SECRETS,
            _operation.build_request(
                intern_id=intern_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            options,
        )

    def list_intern_secrets(
        self,
        intern_id: UUID,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretListResponse:
        """List the secrets stored for one intern. (`GET /vault/interns/{intern_id}/secrets`, operation `list_vault_intern_secrets`).

        Metadata (name, bound hosts, fingerprint, creation time) of the intern's own secrets,
        ordered by name. Values are never returned.

        Args:
            intern_id (UUID):
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import list_vault_intern_secrets as _operation

        return self._transport.request(
            LIST_VAULT_INTERN_SECRETS,
            _operation.build_request(
                intern_id=intern_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            options,
        )

    def list_secrets(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretListResponse:
        """List the secrets of the key's workspace. (`GET /vault/secrets`, operation `list_vault_secrets`).

        Metadata of the workspace secrets, ordered by name. Values are never returned.

        Args:
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import list_vault_secrets as _operation

        return self._transport.request(
            LIST_VAULT_SECRETS,
            _operation.build_request(
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            options,
        )

    def store_intern_secret(
        self,
        intern_id: UUID,
        name: str,
        *,
        body: VaultSecretWriteRequest,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretResponse:
        """Create or replace a secret for one intern. (`PUT /vault/interns/{intern_id}/secrets/{name}`, operation `store_vault_intern_secret`).

        The value is encrypted at rest and only ever sent to the exact hostnames in `hosts`.
        The answer carries metadata only. 503 while vault writes are disabled.

        Args:
            intern_id (UUID):
            name (str):
            body (VaultSecretWriteRequest): A secret value and the hostnames it may be sent to.
        """
        from . import store_vault_intern_secret as _operation

        return self._transport.request(
            STORE_VAULT_INTERN_SECRET,
            _operation.build_request(
                intern_id=intern_id,
                name=name,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def store_secret(
        self,
        name: str,
        *,
        body: VaultSecretWriteRequest,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretResponse:
        """Create or replace a workspace secret. (`PUT /vault/secrets/{name}`, operation `store_vault_secret`).

        The value is encrypted at rest and only ever sent to the exact hostnames in `hosts`.
        The answer carries metadata only. 503 while vault writes are disabled.

        Args:
            name (str):
            body (VaultSecretWriteRequest): A secret value and the hostnames it may be sent to.
        """
        from . import store_vault_secret as _operation

        return self._transport.request(
            STORE_VAULT_SECRET,
            _operation.build_request(
                name=name,
                body=body,
            ),
            _operation.parse_response,
            options,
        )


class AsyncVaultResource:
    """Awaitable operations tagged "vault"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def copy_secrets_to_intern(
        self,
        intern_id: UUID,
        *,
        body: VaultSecretCopyRequest,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretCopyResponse:
        """Copy workspace secrets into an intern's vault. (`POST /vault/interns/{intern_id}/secrets/copy`, operation `copy_vault_secrets_to_intern`).

        Copies the named workspace secrets (value and host bindings) to the intern, replacing
        intern secrets of the same name. All or nothing: an unknown name gives 404, a workspace
        secret without hosts gives 409. 503 while vault writes are disabled.

        Args:
            intern_id (UUID):
            body (VaultSecretCopyRequest): Workspace secrets to copy to an intern.
        """
        from . import copy_vault_secrets_to_intern as _operation

        return await self._transport.request(
            COPY_VAULT_SECRETS_TO_INTERN,
            _operation.build_request(
                intern_id=intern_id,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def delete_intern_secret(
        self,
        intern_id: UUID,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a secret stored for one intern. (`DELETE /vault/interns/{intern_id}/secrets/{name}`, operation `delete_vault_intern_secret`).

        204 on success; 404 when the intern has no secret of that name. 503 while vault writes are
        disabled.

        Args:
            intern_id (UUID):
            name (str):
        """
        from . import delete_vault_intern_secret as _operation

        return await self._transport.request(
            DELETE_VAULT_INTERN_SECRET,
            _operation.build_request(
                intern_id=intern_id,
                name=name,
            ),
            _operation.parse_response,
            options,
        )

    async def delete_secret(
        self,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a workspace secret. (`DELETE /vault/secrets/{name}`, operation `delete_vault_secret`).

        204 on success; 404 when the workspace has no secret of that name. 503 while vault writes
        are disabled.

        Args:
            name (str):
        """
        from . import delete_vault_secret as _operation

        return await self._transport.request(
            DELETE_VAULT_SECRET,
            _operation.build_request(
                name=name,
            ),
            _operation.parse_response,
            options,
        )

    async def list_intern_connections(
        self,
        intern_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> InternConnectionListResponse:
        """List the connections an intern may use. (`GET /vault/interns/{intern_id}/connections`, operation `list_vault_intern_connections`).

        Keys of the connections enabled for the intern, as on the dashboard's Connections tab:
        `github`, `slack`, `google`, a catalogue MCP server such as `linear`, or `mcp:<host>`
        for a custom MCP server. Keys only, never credentials. 404 for an intern the key
        cannot see.

        Args:
            intern_id (UUID):
        """
        from . import list_vault_intern_connections as _operation

        return await self._transport.request(
            LIST_VAULT_INTERN_CONNECTIONS,
            _operation.build_request(
                intern_id=intern_id,
            ),
            _operation.parse_response,
            options,
        )

    async def list_intern_effective_secrets(
        self,
        intern_id: UUID,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VaultEffectiveSecretListResponse:
        """List the secrets an intern's outbound requests actually receive. (`GET /vault/interns/{intern_id}/effective-secrets`, operation `list_vault_intern_effective_secrets`).

        One entry per secret name after resolving the intern's own vault, attached vaults and
        the workspace vault (in that order of precedence); `scope` says which one won. Metadata
        only, ordered by name.

        Args:
            intern_id (UUID):
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import list_vault_intern_effective_secrets as _operation

        return await self._transport.request(
            LIST_VAULT_INTERN_EFFECTIVE_SECRETS,
            _operation.build_request(
                intern_id=intern_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            options,
        )

    async def list_intern_secrets(
        self,
        intern_id: UUID,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretListResponse:
        """List the secrets stored for one intern. (`GET /vault/interns/{intern_id}/secrets`, operation `list_vault_intern_secrets`).

        Metadata (name, bound hosts, fingerprint, creation time) of the intern's own secrets,
        ordered by name. Values are never returned.

        Args:
            intern_id (UUID):
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import list_vault_intern_secrets as _operation

        return await self._transport.request(
            LIST_VAULT_INTERN_SECRETS,
            _operation.build_request(
                intern_id=intern_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            options,
        )

    async def list_secrets(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretListResponse:
        """List the secrets of the key's workspace. (`GET /vault/secrets`, operation `list_vault_secrets`).

        Metadata of the workspace secrets, ordered by name. Values are never returned.

        Args:
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import list_vault_secrets as _operation

        return await self._transport.request(
            LIST_VAULT_SECRETS,
            _operation.build_request(
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            options,
        )

    async def store_intern_secret(
        self,
        intern_id: UUID,
        name: str,
        *,
        body: VaultSecretWriteRequest,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretResponse:
        """Create or replace a secret for one intern. (`PUT /vault/interns/{intern_id}/secrets/{name}`, operation `store_vault_intern_secret`).

        The value is encrypted at rest and only ever sent to the exact hostnames in `hosts`.
        The answer carries metadata only. 503 while vault writes are disabled.

        Args:
            intern_id (UUID):
            name (str):
            body (VaultSecretWriteRequest): A secret value and the hostnames it may be sent to.
        """
        from . import store_vault_intern_secret as _operation

        return await self._transport.request(
            STORE_VAULT_INTERN_SECRET,
            _operation.build_request(
                intern_id=intern_id,
                name=name,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def store_secret(
        self,
        name: str,
        *,
        body: VaultSecretWriteRequest,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretResponse:
        """Create or replace a workspace secret. (`PUT /vault/secrets/{name}`, operation `store_vault_secret`).

        The value is encrypted at rest and only ever sent to the exact hostnames in `hosts`.
        The answer carries metadata only. 503 while vault writes are disabled.

        Args:
            name (str):
            body (VaultSecretWriteRequest): A secret value and the hostnames it may be sent to.
        """
        from . import store_vault_secret as _operation

        return await self._transport.request(
            STORE_VAULT_SECRET,
            _operation.build_request(
                name=name,
                body=body,
            ),
            _operation.parse_response,
            options,
        )
