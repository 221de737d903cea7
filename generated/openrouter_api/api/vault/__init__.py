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

__all__ = ["VaultResource", "AsyncVaultResource"]

_COPY_VAULT_SECRETS_TO_INTERN = Operation(
    id="copy_vault_secrets_to_intern",
    tag="vault",
    method="POST",
    path="/vault/interns/{intern_id}/secrets/copy",
    requires_auth=True,
)
_DELETE_VAULT_INTERN_SECRET = Operation(
    id="delete_vault_intern_secret",
    tag="vault",
    method="DELETE",
    path="/vault/interns/{intern_id}/secrets/{name}",
    requires_auth=True,
)
_DELETE_VAULT_SECRET = Operation(
    id="delete_vault_secret",
    tag="vault",
    method="DELETE",
    path="/vault/secrets/{name}",
    requires_auth=True,
)
_LIST_VAULT_INTERN_CONNECTIONS = Operation(
    id="list_vault_intern_connections",
    tag="vault",
    method="GET",
    path="/vault/interns/{intern_id}/connections",
    requires_auth=True,
)
_LIST_VAULT_INTERN_EFFECTIVE_SECRETS = Operation(
    id="list_vault_intern_effective_secrets",
    tag="vault",
    method="GET",
    path="/vault/interns/{intern_id}/effective-secrets",
    requires_auth=True,
)
_LIST_VAULT_INTERN_SECRETS = Operation(
    id="list_vault_intern_secrets",
    tag="vault",
    method="GET",
    path="/vault/interns/{intern_id}/secrets",
    requires_auth=True,
)
_LIST_VAULT_SECRETS = Operation(
    id="list_vault_secrets",
    tag="vault",
    method="GET",
    path="/vault/secrets",
    requires_auth=True,
)
_STORE_VAULT_INTERN_SECRET = Operation(
    id="store_vault_intern_secret",
    tag="vault",
    method="PUT",
    path="/vault/interns/{intern_id}/secrets/{name}",
    requires_auth=True,
)
_STORE_VAULT_SECRET = Operation(
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
        """Copy workspace secrets into an intern's vault. (`POST /vault/interns/{intern_id}/secrets/copy`, operation `copy_vault_secrets_to_intern`)."""
        from . import copy_vault_secrets_to_intern as _operation

        return self._transport.request(
            _COPY_VAULT_SECRETS_TO_INTERN,
            _operation._get_kwargs(
                intern_id=intern_id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def delete_intern_secret(
        self,
        intern_id: UUID,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a secret stored for one intern. (`DELETE /vault/interns/{intern_id}/secrets/{name}`, operation `delete_vault_intern_secret`)."""
        from . import delete_vault_intern_secret as _operation

        return self._transport.request(
            _DELETE_VAULT_INTERN_SECRET,
            _operation._get_kwargs(
                intern_id=intern_id,
                name=name,
            ),
            _operation._parse_ok,
            options,
        )

    def delete_secret(
        self,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a workspace secret. (`DELETE /vault/secrets/{name}`, operation `delete_vault_secret`)."""
        from . import delete_vault_secret as _operation

        return self._transport.request(
            _DELETE_VAULT_SECRET,
            _operation._get_kwargs(
                name=name,
            ),
            _operation._parse_ok,
            options,
        )

    def list_intern_connections(
        self,
        intern_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> InternConnectionListResponse:
        """List the connections an intern may use. (`GET /vault/interns/{intern_id}/connections`, operation `list_vault_intern_connections`)."""
        from . import list_vault_intern_connections as _operation

        return self._transport.request(
            _LIST_VAULT_INTERN_CONNECTIONS,
            _operation._get_kwargs(
                intern_id=intern_id,
            ),
            _operation._parse_ok,
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
        """List the secrets an intern's outbound requests actually receive. (`GET /vault/interns/{intern_id}/effective-secrets`, operation `list_vault_intern_effective_secrets`)."""
        from . import list_vault_intern_effective_secrets as _operation

        return self._transport.request(
            _LIST_VAULT_INTERN_EFFECTIVE_SECRETS,
            _operation._get_kwargs(
                intern_id=intern_id,
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
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
        """List the secrets stored for one intern. (`GET /vault/interns/{intern_id}/secrets`, operation `list_vault_intern_secrets`)."""
        from . import list_vault_intern_secrets as _operation

        return self._transport.request(
            _LIST_VAULT_INTERN_SECRETS,
            _operation._get_kwargs(
                intern_id=intern_id,
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
            options,
        )

    def list_secrets(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretListResponse:
        """List the secrets of the key's workspace. (`GET /vault/secrets`, operation `list_vault_secrets`)."""
        from . import list_vault_secrets as _operation

        return self._transport.request(
            _LIST_VAULT_SECRETS,
            _operation._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
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
        """Create or replace a secret for one intern. (`PUT /vault/interns/{intern_id}/secrets/{name}`, operation `store_vault_intern_secret`)."""
        from . import store_vault_intern_secret as _operation

        return self._transport.request(
            _STORE_VAULT_INTERN_SECRET,
            _operation._get_kwargs(
                intern_id=intern_id,
                name=name,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def store_secret(
        self,
        name: str,
        *,
        body: VaultSecretWriteRequest,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretResponse:
        """Create or replace a workspace secret. (`PUT /vault/secrets/{name}`, operation `store_vault_secret`)."""
        from . import store_vault_secret as _operation

        return self._transport.request(
            _STORE_VAULT_SECRET,
            _operation._get_kwargs(
                name=name,
                body=body,
            ),
            _operation._parse_ok,
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
        """Copy workspace secrets into an intern's vault. (`POST /vault/interns/{intern_id}/secrets/copy`, operation `copy_vault_secrets_to_intern`)."""
        from . import copy_vault_secrets_to_intern as _operation

        return await self._transport.request(
            _COPY_VAULT_SECRETS_TO_INTERN,
            _operation._get_kwargs(
                intern_id=intern_id,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def delete_intern_secret(
        self,
        intern_id: UUID,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a secret stored for one intern. (`DELETE /vault/interns/{intern_id}/secrets/{name}`, operation `delete_vault_intern_secret`)."""
        from . import delete_vault_intern_secret as _operation

        return await self._transport.request(
            _DELETE_VAULT_INTERN_SECRET,
            _operation._get_kwargs(
                intern_id=intern_id,
                name=name,
            ),
            _operation._parse_ok,
            options,
        )

    async def delete_secret(
        self,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a workspace secret. (`DELETE /vault/secrets/{name}`, operation `delete_vault_secret`)."""
        from . import delete_vault_secret as _operation

        return await self._transport.request(
            _DELETE_VAULT_SECRET,
            _operation._get_kwargs(
                name=name,
            ),
            _operation._parse_ok,
            options,
        )

    async def list_intern_connections(
        self,
        intern_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> InternConnectionListResponse:
        """List the connections an intern may use. (`GET /vault/interns/{intern_id}/connections`, operation `list_vault_intern_connections`)."""
        from . import list_vault_intern_connections as _operation

        return await self._transport.request(
            _LIST_VAULT_INTERN_CONNECTIONS,
            _operation._get_kwargs(
                intern_id=intern_id,
            ),
            _operation._parse_ok,
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
        """List the secrets an intern's outbound requests actually receive. (`GET /vault/interns/{intern_id}/effective-secrets`, operation `list_vault_intern_effective_secrets`)."""
        from . import list_vault_intern_effective_secrets as _operation

        return await self._transport.request(
            _LIST_VAULT_INTERN_EFFECTIVE_SECRETS,
            _operation._get_kwargs(
                intern_id=intern_id,
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
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
        """List the secrets stored for one intern. (`GET /vault/interns/{intern_id}/secrets`, operation `list_vault_intern_secrets`)."""
        from . import list_vault_intern_secrets as _operation

        return await self._transport.request(
            _LIST_VAULT_INTERN_SECRETS,
            _operation._get_kwargs(
                intern_id=intern_id,
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
            options,
        )

    async def list_secrets(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretListResponse:
        """List the secrets of the key's workspace. (`GET /vault/secrets`, operation `list_vault_secrets`)."""
        from . import list_vault_secrets as _operation

        return await self._transport.request(
            _LIST_VAULT_SECRETS,
            _operation._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
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
        """Create or replace a secret for one intern. (`PUT /vault/interns/{intern_id}/secrets/{name}`, operation `store_vault_intern_secret`)."""
        from . import store_vault_intern_secret as _operation

        return await self._transport.request(
            _STORE_VAULT_INTERN_SECRET,
            _operation._get_kwargs(
                intern_id=intern_id,
                name=name,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def store_secret(
        self,
        name: str,
        *,
        body: VaultSecretWriteRequest,
        **options: Unpack[RequestOptions],
    ) -> VaultSecretResponse:
        """Create or replace a workspace secret. (`PUT /vault/secrets/{name}`, operation `store_vault_secret`)."""
        from . import store_vault_secret as _operation

        return await self._transport.request(
            _STORE_VAULT_SECRET,
            _operation._get_kwargs(
                name=name,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )
