"""Resources for the operations tagged "stt" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.transcription import Transcription
    from ...models.transcription_request import TranscriptionRequest
    from ...models.transcription_upload import TranscriptionUpload

__all__ = ["SttResource", "AsyncSttResource"]

_CREATE_TRANSCRIPTION = Operation(
    id="create_transcription",
    tag="stt",
    method="POST",
    path="/audio/transcriptions",
    requires_auth=True,
)


class SttResource:
    """Operations tagged "stt"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create_transcription(
        self,
        *,
        body: TranscriptionRequest | TranscriptionUpload | Unset = UNSET,
        x_session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Transcription:
        """Transcribe audio into text (`POST /audio/transcriptions`, operation `create_transcription`)."""
        from . import create_transcription as _operation

        return self._transport.request(
            _CREATE_TRANSCRIPTION,
            _operation._get_kwargs(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation._parse_ok,
            options,
        )


class AsyncSttResource:
    """Awaitable operations tagged "stt"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_transcription(
        self,
        *,
        body: TranscriptionRequest | TranscriptionUpload | Unset = UNSET,
        x_session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Transcription:
        """Transcribe audio into text (`POST /audio/transcriptions`, operation `create_transcription`)."""
        from . import create_transcription as _operation

        return await self._transport.request(
            _CREATE_TRANSCRIPTION,
            _operation._get_kwargs(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation._parse_ok,
            options,
        )
