"""File transfer: uploads from a path, bytes or an open file; downloads streamed to disk.

`download_to` works for every binary operation (file and container-file contents, videos, speech):
it asks the operation's method to build its request, then streams the body in chunks, so a large
download never sits in memory.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from openrouter_api.api import Operation, RequestOptions
from openrouter_api.api.files import AsyncFilesResource, FilesResource
from openrouter_api.types import File

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncFiles", "Capture", "Files", "adownload_to", "download_to", "to_file"]

Source = str | os.PathLike[str] | bytes | IO[bytes]

Destination = str | os.PathLike[str] | IO[bytes]


def to_file(
    source: Source,
    *,
    filename: str | None = None,
    mime_type: str | None = None,
) -> File:
    """A generated `File` for multipart uploads from a path, bytes or an open binary file.

    A path is opened here; the upload reads it in chunks. Close `file.payload` when done (or use
    the `files.upload_from` helper, which does).
    """
    if isinstance(source, bytes):
        payload: BinaryIO = io.BytesIO(source)
        name = filename or "upload.bin"
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise ValueError(f"file: no such file {str(path)!r}")
        payload = path.open("rb")
        name = filename or path.name
    elif hasattr(source, "read"):
        payload = source  # type: ignore[assignment]
        name = filename or Path(str(getattr(source, "name", "upload.bin"))).name
    else:
        raise TypeError(f"file must be a path, bytes or a binary file, got {type(source).__name__}")
    guessed = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return File(payload=payload, file_name=name, mime_type=guessed)


class Capture:
    """A transport that records the request a resource method would send, and sends nothing."""

    def __init__(self) -> None:
        self.operation: Operation | None = None
        self.kwargs: dict[str, Any] = {}
        self.options: RequestOptions = {}

    def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], Any],
        options: RequestOptions,
    ) -> None:
        self.operation, self.kwargs, self.options = operation, kwargs, options


class AsyncCapture(Capture):
    """`Capture` for async resources."""

    async def request(  # type: ignore[override]
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], Any],
        options: RequestOptions,
    ) -> None:
        Capture.request(self, operation, kwargs, parse, options)


def _rebind(method: Callable[..., Any], transport: Any) -> Callable[..., Any]:
    resource = getattr(method, "__self__", None)
    if resource is None:
        raise TypeError(
            "download_to needs a bound resource method, like client.files.download_content"
        )
    return getattr(type(resource)(transport), method.__name__)  # type: ignore[no-any-return]


def _open(destination: Destination) -> tuple[IO[bytes], bool]:
    if isinstance(destination, str | os.PathLike):
        return Path(destination).open("wb"), True
    return destination, False


def download_to(
    sender: Any,
    method: Callable[..., Any],
    *args: Any,
    destination: Destination,
    chunk_size: int = 65536,
    **kwargs: Any,
) -> int:
    """Stream a binary operation's body into `destination`; return the number of bytes written."""
    capture = Capture()
    _rebind(method, capture)(*args, **kwargs)
    assert capture.operation is not None
    response = sender.send(capture.operation, capture.kwargs, capture.options)
    sink, owned = _open(destination)
    written = 0
    try:
        for chunk in response.iter_bytes(chunk_size):
            sink.write(chunk)
            written += len(chunk)
    finally:
        response.close()
        if owned:
            sink.close()
    return written


async def adownload_to(
    sender: Any,
    method: Callable[..., Awaitable[Any]],
    *args: Any,
    destination: Destination,
    chunk_size: int = 65536,
    **kwargs: Any,
) -> int:
    """The async twin of `download_to`."""
    capture = AsyncCapture()
    await _rebind(method, capture)(*args, **kwargs)
    assert capture.operation is not None
    response = await sender.send(capture.operation, capture.kwargs, capture.options)
    sink, owned = _open(destination)
    written = 0
    try:
        async for chunk in response.aiter_bytes(chunk_size):
            sink.write(chunk)
            written += len(chunk)
    finally:
        await response.aclose()
        if owned:
            sink.close()
    return written


class Files(FilesResource):
    """`client.files`: the generated operations plus `upload_from`."""

    def upload_from(
        self,
        source: Source,
        *,
        filename: str | None = None,
        mime_type: str | None = None,
        **kwargs: Any,
    ) -> Any:
        """Upload from a path, bytes or an open binary file (multipart; paths are streamed)."""
        from openrouter_api.models import FileUpload

        file = to_file(source, filename=filename, mime_type=mime_type)
        try:
            return self.upload(body=FileUpload(file=file), **kwargs)
        finally:
            if isinstance(source, str | os.PathLike):
                file.payload.close()


class AsyncFiles(AsyncFilesResource):
    """Awaitable `client.files` with `upload_from`."""

    async def upload_from(
        self,
        source: Source,
        *,
        filename: str | None = None,
        mime_type: str | None = None,
        **kwargs: Any,
    ) -> Any:
        """Upload from a path, bytes or an open binary file (multipart; paths are streamed)."""
        from openrouter_api.models import FileUpload

        file = to_file(source, filename=filename, mime_type=mime_type)
        try:
            return await self.upload(body=FileUpload(file=file), **kwargs)
        finally:
            if isinstance(source, str | os.PathLike):
                file.payload.close()
