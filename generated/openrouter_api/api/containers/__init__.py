"""Resources for the operations tagged "containers" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.container_file import ContainerFile
    from ...models.container_file_list import ContainerFileList
    from ...models.stored_file_anthropic import StoredFileAnthropic
    from ...models.stored_file_open_ai import StoredFileOpenAI
    from ...models.stored_file_open_router import StoredFileOpenRouter
    from ...types import File

__all__ = ["ContainersResource", "AsyncContainersResource"]

_DOWNLOAD_CONTAINER_FILE_CONTENT = Operation(
    id="download_container_file_content",
    tag="containers",
    method="GET",
    path="/containers/{container_id}/files/{file_id}/content",
    requires_auth=True,
)
_GET_CONTAINER_FILE = Operation(
    id="get_container_file",
    tag="containers",
    method="GET",
    path="/containers/{container_id}/files/{file_id}",
    requires_auth=True,
)
_LIST_CONTAINER_FILES = Operation(
    id="list_container_files",
    tag="containers",
    method="GET",
    path="/containers/{container_id}/files",
    requires_auth=True,
)
_PROMOTE_CONTAINER_FILE = Operation(
    id="promote_container_file",
    tag="containers",
    method="POST",
    path="/containers/{container_id}/files/{file_id}/promote",
    requires_auth=True,
)


class ContainersResource:
    """Operations tagged "containers"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def download_file_content(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Download a container file's bytes (`GET /containers/{container_id}/files/{file_id}/content`, operation `download_container_file_content`)."""
        from . import download_container_file_content as _operation

        return self._transport.request(
            _DOWNLOAD_CONTAINER_FILE_CONTENT,
            _operation._get_kwargs(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation._parse_ok,
            options,
        )

    def get_file(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> ContainerFile:
        """Get one container file's metadata (`GET /containers/{container_id}/files/{file_id}`, operation `get_container_file`)."""
        from . import get_container_file as _operation

        return self._transport.request(
            _GET_CONTAINER_FILE,
            _operation._get_kwargs(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation._parse_ok,
            options,
        )

    def list_files(
        self,
        container_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContainerFileList:
        """List the files in a code-execution container (`GET /containers/{container_id}/files`, operation `list_container_files`)."""
        from . import list_container_files as _operation

        return self._transport.request(
            _LIST_CONTAINER_FILES,
            _operation._get_kwargs(
                container_id=container_id,
                limit=limit,
                after=after,
            ),
            _operation._parse_ok,
            options,
        )

    def promote_file(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
        """Copy a container file into the workspace's stored files (`POST /containers/{container_id}/files/{file_id}/promote`, operation `promote_container_file`)."""
        from . import promote_container_file as _operation

        return self._transport.request(
            _PROMOTE_CONTAINER_FILE,
            _operation._get_kwargs(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation._parse_ok,
            options,
        )


class AsyncContainersResource:
    """Awaitable operations tagged "containers"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def download_file_content(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Download a container file's bytes (`GET /containers/{container_id}/files/{file_id}/content`, operation `download_container_file_content`)."""
        from . import download_container_file_content as _operation

        return await self._transport.request(
            _DOWNLOAD_CONTAINER_FILE_CONTENT,
            _operation._get_kwargs(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation._parse_ok,
            options,
        )

    async def get_file(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> ContainerFile:
        """Get one container file's metadata (`GET /containers/{container_id}/files/{file_id}`, operation `get_container_file`)."""
        from . import get_container_file as _operation

        return await self._transport.request(
            _GET_CONTAINER_FILE,
            _operation._get_kwargs(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation._parse_ok,
            options,
        )

    async def list_files(
        self,
        container_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContainerFileList:
        """List the files in a code-execution container (`GET /containers/{container_id}/files`, operation `list_container_files`)."""
        from . import list_container_files as _operation

        return await self._transport.request(
            _LIST_CONTAINER_FILES,
            _operation._get_kwargs(
                container_id=container_id,
                limit=limit,
                after=after,
            ),
            _operation._parse_ok,
            options,
        )

    async def promote_file(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
        """Copy a container file into the workspace's stored files (`POST /containers/{container_id}/files/{file_id}/promote`, operation `promote_container_file`)."""
        from . import promote_container_file as _operation

        return await self._transport.request(
            _PROMOTE_CONTAINER_FILE,
            _operation._get_kwargs(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation._parse_ok,
            options,
        )
