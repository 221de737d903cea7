"""Resources for the operations tagged "tts" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_speech_request import CreateSpeechRequest
    from ...types import File

__all__ = [
    "TtsResource",
    "AsyncTtsResource",
    "CREATE_SPEECH",
]

CREATE_SPEECH = Operation(
    id="create_speech",
    tag="tts",
    method="POST",
    path="/audio/speech",
    requires_auth=True,
)


class TtsResource:
    """Operations tagged "tts"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create_speech(
        self,
        *,
        body: CreateSpeechRequest,
        x_session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Synthesize speech audio from text (`POST /audio/speech`, operation `create_speech`).

        Turns text (or a list of speaker turns) into audio and answers with the raw audio bytes.
        The encoding follows `response_format` (PCM unless `mp3` is asked for).

        Args:
            x_session_id (str | Unset):
            body (CreateSpeechRequest):
        """
        from . import create_speech as _operation

        return self._transport.request(
            CREATE_SPEECH,
            _operation.build_request(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation.parse_response,
            options,
        )


class AsyncTtsResource:
    """Awaitable operations tagged "tts"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_speech(
        self,
        *,
        body: CreateSpeechRequest,
        x_session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Synthesize speech audio from text (`POST /audio/speech`, operation `create_speech`).

        Turns text (or a list of speaker turns) into audio and answers with the raw audio bytes.
        The encoding follows `response_format` (PCM unless `mp3` is asked for).

        Args:
            x_session_id (str | Unset):
            body (CreateSpeechRequest):
        """
        from . import create_speech as _operation

        return await self._transport.request(
            CREATE_SPEECH,
            _operation.build_request(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation.parse_response,
            options,
        )
