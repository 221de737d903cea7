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

__all__ = [
    "SttResource",
    "AsyncSttResource",
    "CREATE_TRANSCRIPTION",
]

CREATE_TRANSCRIPTION = Operation(
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
        """Transcribe audio into text (`POST /audio/transcriptions`, operation `create_transcription`).

        Accepts the audio either as JSON (`input_audio` with base64 bytes, or a URL the provider
        fetches itself) or as an OpenAI-style `multipart/form-data` upload (`file`, at most 25 MB,
        or `source_url`). `verbose_json` adds timestamps, segments and (with the `word`
        granularity or `diarize`) words.

        Args:
            x_session_id (str | Unset):
            body (TranscriptionRequest):
            body (TranscriptionUpload): Multipart form of a transcription request. Send exactly one
                of `file` and `source_url`.
                Array fields use the `name[]` form-field convention, one part per value.
        """
        from . import create_transcription as _operation

        return self._transport.request(
            CREATE_TRANSCRIPTION,
            _operation.build_request(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation.parse_response,
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
        """Transcribe audio into text (`POST /audio/transcriptions`, operation `create_transcription`).

        Accepts the audio either as JSON (`input_audio` with base64 bytes, or a URL the provider
        fetches itself) or as an OpenAI-style `multipart/form-data` upload (`file`, at most 25 MB,
        or `source_url`). `verbose_json` adds timestamps, segments and (with the `word`
        granularity or `diarize`) words.

        Args:
            x_session_id (str | Unset):
            body (TranscriptionRequest):
            body (TranscriptionUpload): Multipart form of a transcription request. Send exactly one
                of `file` and `source_url`.
                Array fields use the `name[]` form-field convention, one part per value.
        """
        from . import create_transcription as _operation

        return await self._transport.request(
            CREATE_TRANSCRIPTION,
            _operation.build_request(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation.parse_response,
            options,
        )
