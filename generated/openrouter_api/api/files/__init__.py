"""Resources for the operations tagged "files" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.file_deletion_anthropic import FileDeletionAnthropic
    from ...models.file_deletion_open_ai import FileDeletionOpenAI
    from ...models.file_deletion_open_router import FileDeletionOpenRouter
    from ...models.file_list_anthropic import FileListAnthropic
    from ...models.file_list_open_ai import FileListOpenAI
    from ...models.file_list_open_router import FileListOpenRouter
    from ...models.file_list_order import FileListOrder
    from ...models.file_storage_provider import FileStorageProvider
    from ...models.file_upload import FileUpload
    from ...models.stored_file_anthropic import StoredFileAnthropic
    from ...models.stored_file_open_ai import StoredFileOpenAI
    from ...models.stored_file_open_router import StoredFileOpenRouter
    from ...types import File

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "DELETE_FILE",
    "DOWNLOAD_FILE_CONTENT",
    "GET_FILE",
    "LIST_FILES",
    "UPLOAD_FILE",
]

DELETE_FILE = Operation(
    id="delete_file",
    tag="files",
    method="DELETE",
    path="/files/{file_id}",
    requires_auth=True,
)
DOWNLOAD_FILE_CONTENT = Operation(
    id="download_file_content",
    tag="files",
    method="GET",
    path="/files/{file_id}/content",
    requires_auth=True,
)
GET_FILE = Operation(
    id="get_file",
    tag="files",
    method="GET",
    path="/files/{file_id}",
    requires_auth=True,
)
LIST_FILES = Operation(
    id="list_files",
    tag="files",
    method="GET",
    path="/files",
    requires_auth=True,
)
UPLOAD_FILE = Operation(
    id="upload_file",
    tag="files",
    method="POST",
    path="/files",
    requires_auth=True,
)


class FilesResource:
    """Operations tagged "files"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def delete(
        self,
        file_id: str,
        *,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FileDeletionAnthropic | FileDeletionOpenAI | FileDeletionOpenRouter:
        """Remove a stored file (`DELETE /files/{file_id}`, operation `delete_file`).

        Args:
            file_id (str):
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
        """
        from . import delete_file as _operation

        return self._transport.request(
            DELETE_FILE,
            _operation.build_request(
                file_id=file_id,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    def download_content(
        self,
        file_id: str,
        *,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Download a file's bytes (`GET /files/{file_id}/content`, operation `download_file_content`).

        Only files the server created are downloadable (`downloadable: true`); uploads answer 400.

        Args:
            file_id (str):
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
        """
        from . import download_file_content as _operation

        return self._transport.request(
            DOWNLOAD_FILE_CONTENT,
            _operation.build_request(
                file_id=file_id,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    def get(
        self,
        file_id: str,
        *,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
        """Get a file's metadata (`GET /files/{file_id}`, operation `get_file`).

        Args:
            file_id (str):
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
        """
        from . import get_file as _operation

        return self._transport.request(
            GET_FILE,
            _operation.build_request(
                file_id=file_id,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        after: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        order: FileListOrder | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FileListAnthropic | FileListOpenAI | FileListOpenRouter:
        """List stored files (`GET /files`, operation `list_files`).

        Lists files in OpenRouter storage, or with `provider` set, in that provider's file store
        (using your own key for it). The page shape follows the store, told apart by `_shape`.
        OpenRouter storage pages with `cursor`; OpenAI-style stores with `after`; Anthropic-style
        stores with `after_id`.

        Args:
            limit (int | Unset):
            cursor (str | Unset):
            after (str | Unset):
            after_id (str | Unset):
            before_id (str | Unset):
            order (FileListOrder | Unset):
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
        """
        from . import list_files as _operation

        return self._transport.request(
            LIST_FILES,
            _operation.build_request(
                limit=limit,
                cursor=cursor,
                after=after,
                after_id=after_id,
                before_id=before_id,
                order=order,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    def upload(
        self,
        *,
        body: FileUpload,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
        """Store a new file (`POST /files`, operation `upload_file`).

        Stores a file (at most 100 MB) for later use in requests. The type is sniffed from the
        content: PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG and UTF-8 text.

        Args:
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
            body (FileUpload):
        """
        from . import upload_file as _operation

        return self._transport.request(
            UPLOAD_FILE,
            _operation.build_request(
                body=body,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )


class AsyncFilesResource:
    """Awaitable operations tagged "files"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def delete(
        self,
        file_id: str,
        *,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FileDeletionAnthropic | FileDeletionOpenAI | FileDeletionOpenRouter:
        """Remove a stored file (`DELETE /files/{file_id}`, operation `delete_file`).

        Args:
            file_id (str):
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
        """
        from . import delete_file as _operation

        return await self._transport.request(
            DELETE_FILE,
            _operation.build_request(
                file_id=file_id,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    async def download_content(
        self,
        file_id: str,
        *,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Download a file's bytes (`GET /files/{file_id}/content`, operation `download_file_content`).

        Only files the server created are downloadable (`downloadable: true`); uploads answer 400.

        Args:
            file_id (str):
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
        """
        from . import download_file_content as _operation

        return await self._transport.request(
            DOWNLOAD_FILE_CONTENT,
            _operation.build_request(
                file_id=file_id,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    async def get(
        self,
        file_id: str,
        *,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
        """Get a file's metadata (`GET /files/{file_id}`, operation `get_file`).

        Args:
            file_id (str):
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
        """
        from . import get_file as _operation

        return await self._transport.request(
            GET_FILE,
            _operation.build_request(
                file_id=file_id,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        after: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        order: FileListOrder | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FileListAnthropic | FileListOpenAI | FileListOpenRouter:
        """List stored files (`GET /files`, operation `list_files`).

        Lists files in OpenRouter storage, or with `provider` set, in that provider's file store
        (using your own key for it). The page shape follows the store, told apart by `_shape`.
        OpenRouter storage pages with `cursor`; OpenAI-style stores with `after`; Anthropic-style
        stores with `after_id`.

        Args:
            limit (int | Unset):
            cursor (str | Unset):
            after (str | Unset):
            after_id (str | Unset):
            before_id (str | Unset):
            order (FileListOrder | Unset):
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
        """
        from . import list_files as _operation

        return await self._transport.request(
            LIST_FILES,
            _operation.build_request(
                limit=limit,
                cursor=cursor,
                after=after,
                after_id=after_id,
                before_id=before_id,
                order=order,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )

    async def upload(
        self,
        *,
        body: FileUpload,
        workspace_id: str | Unset = UNSET,
        provider: FileStorageProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StoredFileAnthropic | StoredFileOpenAI | StoredFileOpenRouter:
        """Store a new file (`POST /files`, operation `upload_file`).

        Stores a file (at most 100 MB) for later use in requests. The type is sniffed from the
        content: PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG and UTF-8 text.

        Args:
            workspace_id (str | Unset):
            provider (FileStorageProvider | Unset): A provider whose own file store is used with
                your key for it.
            body (FileUpload):
        """
        from . import upload_file as _operation

        return await self._transport.request(
            UPLOAD_FILE,
            _operation.build_request(
                body=body,
                workspace_id=workspace_id,
                provider=provider,
            ),
            _operation.parse_response,
            options,
        )
