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

__all__ = [
    "ContainersResource",
    "AsyncContainersResource",
    "DOWNLOAD_CONTAINER_FILE_CONTENT",
    "GET_CONTAINER_FILE",
    "LIST_CONTAINER_FILES",
    "PROMOTE_CONTAINER_FILE",
]

DOWNLOAD_CONTAINER_FILE_CONTENT = Operation(
    id="download_container_file_content",
    tag="containers",
    method="GET",
    path="/containers/{container_id}/files/{file_id}/content",
    requires_auth=True,
)
GET_CONTAINER_FILE = Operation(
    id="get_container_file",
    tag="containers",
    method="GET",
    path="/containers/{container_id}/files/{file_id}",
    requires_auth=True,
)
LIST_CONTAINER_FILES = Operation(
    id="list_container_files",
    tag="containers",
    method="GET",
    path="/containers/{container_id}/files",
    requires_auth=True,
)
PROMOTE_CONTAINER_FILE = Operation(
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
        """Download a container file's bytes (`GET /containers/{container_id}/files/{file_id}/content`, operation `download_container_file_content`).

        Args:
            container_id (str):
            file_id (str):
        """
        from . import download_container_file_content as _operation

        return self._transport.request(
            DOWNLOAD_CONTAINER_FILE_CONTENT,
            _operation.build_request(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation.parse_response,
            options,
        )

    def get_file(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> ContainerFile:
        """Get one container file's metadata (`GET /containers/{container_id}/files/{file_id}`, operation `get_container_file`).

        Args:
            container_id (str):
            file_id (str):
        """
        from . import get_container_file as _operation

        return self._transport.request(
            GET_CONTAINER_FILE,
            _operation.build_request(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation.parse_response,
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
        """List the files in a code-execution container (`GET /containers/{container_id}/files`, operation `list_container_files`).

        Cursor pagination: pass the previous page's `last_id` as `after` while `has_more` is true.

        Args:
            container_id (str):
            limit (int | Unset):
            after (str | Unset):
        """
        from . import list_container_files as _operation

        return self._transport.request(
            LIST_CONTAINER_FILES,
            _operation.build_request(
                container_id=container_id,
                limit=limit,
                after=after,
            ),
            _operation.parse_response,
            options,
        )

    def promote_file(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
        """Copy a container file into the workspace's stored files (`POST /containers/{container_id}/files/{file_id}/promote`, operation `promote_container_file`).

        Copies the file out of the short-lived container into file storage and returns the new
        stored file.

        Args:
            container_id (str):
            file_id (str):
        """
        from . import promote_container_file as _operation

        return self._transport.request(
            PROMOTE_CONTAINER_FILE,
            _operation.build_request(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation.parse_response,
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
        """Download a container file's bytes (`GET /containers/{container_id}/files/{file_id}/content`, operation `download_container_file_content`).

        Args:
            container_id (str):
            file_id (str):
        """
        from . import download_container_file_content as _operation

        return await self._transport.request(
            DOWNLOAD_CONTAINER_FILE_CONTENT,
            _operation.build_request(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation.parse_response,
            options,
        )

    async def get_file(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> ContainerFile:
        """Get one container file's metadata (`GET /containers/{container_id}/files/{file_id}`, operation `get_container_file`).

        Args:
            container_id (str):
            file_id (str):
        """
        from . import get_container_file as _operation

        return await self._transport.request(
            GET_CONTAINER_FILE,
            _operation.build_request(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation.parse_response,
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
        """List the files in a code-execution container (`GET /containers/{container_id}/files`, operation `list_container_files`).

        Cursor pagination: pass the previous page's `last_id` as `after` while `has_more` is true.

        Args:
            container_id (str):
            limit (int | Unset):
            after (str | Unset):
        """
        from . import list_container_files as _operation

        return await self._transport.request(
            LIST_CONTAINER_FILES,
            _operation.build_request(
                container_id=container_id,
                limit=limit,
                after=after,
            ),
            _operation.parse_response,
            options,
        )

    async def promote_file(
        self,
        container_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
        """Copy a container file into the workspace's stored files (`POST /containers/{container_id}/files/{file_id}/promote`, operation `promote_container_file`).

        Copies the file out of the short-lived container into file storage and returns the new
        stored file.

        Args:
            container_id (str):
            file_id (str):
        """
        from . import promote_container_file as _operation

        return await self._transport.request(
            PROMOTE_CONTAINER_FILE,
            _operation.build_request(
                container_id=container_id,
                file_id=file_id,
            ),
            _operation.parse_response,
            options,
        )
