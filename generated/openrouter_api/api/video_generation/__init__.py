"""Resources for the operations tagged "video_generation" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_video_request import CreateVideoRequest
    from ...models.video_job import VideoJob
    from ...models.video_model_list import VideoModelList
    from ...types import File

__all__ = [
    "VideoGenerationResource",
    "AsyncVideoGenerationResource",
    "CREATE_VIDEO",
    "DOWNLOAD_VIDEO_CONTENT",
    "GET_VIDEO",
    "LIST_VIDEO_MODELS",
]

CREATE_VIDEO = Operation(
    id="create_video",
    tag="video_generation",
    method="POST",
    path="/videos",
    requires_auth=True,
)
DOWNLOAD_VIDEO_CONTENT = Operation(
    id="download_video_content",
    tag="video_generation",
    method="GET",
    path="/videos/{job_id}/content",
    requires_auth=True,
)
GET_VIDEO = Operation(
    id="get_video",
    tag="video_generation",
    method="GET",
    path="/videos/{job_id}",
    requires_auth=True,
)
LIST_VIDEO_MODELS = Operation(
    id="list_video_models",
    tag="video_generation",
    method="GET",
    path="/videos/models",
    requires_auth=True,
)


class VideoGenerationResource:
    """Operations tagged "video_generation"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateVideoRequest,
        x_session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideoJob:
        """Start an asynchronous video generation job (`POST /videos`, operation `create_video`).

        Queues the job and answers 202 at once. Poll `polling_url` (`get_video`) until the status
        is terminal, or pass `callback_url` to be notified; then fetch the bytes with
        `download_video_content`.

        Args:
            x_session_id (str | Unset):
            body (CreateVideoRequest):
        """
        from . import create_video as _operation

        return self._transport.request(
            CREATE_VIDEO,
            _operation.build_request(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation.parse_response,
            options,
        )

    def download_content(
        self,
        job_id: str,
        *,
        index: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Download the video produced by a finished job (`GET /videos/{job_id}/content`, operation `download_video_content`).

        Answers 409 while the job is still running and 410 once its output has expired.

        Args:
            job_id (str):
            index (int | Unset):
        """
        from . import download_video_content as _operation

        return self._transport.request(
            DOWNLOAD_VIDEO_CONTENT,
            _operation.build_request(
                job_id=job_id,
                index=index,
            ),
            _operation.parse_response,
            options,
        )

    def get(
        self,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> VideoJob:
        """Poll the status of a video generation job (`GET /videos/{job_id}`, operation `get_video`).

        Args:
            job_id (str):
        """
        from . import get_video as _operation

        return self._transport.request(
            GET_VIDEO,
            _operation.build_request(
                job_id=job_id,
            ),
            _operation.parse_response,
            options,
        )

    def list_models(
        self,
        **options: Unpack[RequestOptions],
    ) -> VideoModelList:
        """List the models that can generate videos (`GET /videos/models`, operation `list_video_models`)."""
        from . import list_video_models as _operation

        return self._transport.request(
            LIST_VIDEO_MODELS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )


class AsyncVideoGenerationResource:
    """Awaitable operations tagged "video_generation"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateVideoRequest,
        x_session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideoJob:
        """Start an asynchronous video generation job (`POST /videos`, operation `create_video`).

        Queues the job and answers 202 at once. Poll `polling_url` (`get_video`) until the status
        is terminal, or pass `callback_url` to be notified; then fetch the bytes with
        `download_video_content`.

        Args:
            x_session_id (str | Unset):
            body (CreateVideoRequest):
        """
        from . import create_video as _operation

        return await self._transport.request(
            CREATE_VIDEO,
            _operation.build_request(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation.parse_response,
            options,
        )

    async def download_content(
        self,
        job_id: str,
        *,
        index: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Download the video produced by a finished job (`GET /videos/{job_id}/content`, operation `download_video_content`).

        Answers 409 while the job is still running and 410 once its output has expired.

        Args:
            job_id (str):
            index (int | Unset):
        """
        from . import download_video_content as _operation

        return await self._transport.request(
            DOWNLOAD_VIDEO_CONTENT,
            _operation.build_request(
                job_id=job_id,
                index=index,
            ),
            _operation.parse_response,
            options,
        )

    async def get(
        self,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> VideoJob:
        """Poll the status of a video generation job (`GET /videos/{job_id}`, operation `get_video`).

        Args:
            job_id (str):
        """
        from . import get_video as _operation

        return await self._transport.request(
            GET_VIDEO,
            _operation.build_request(
                job_id=job_id,
            ),
            _operation.parse_response,
            options,
        )

    async def list_models(
        self,
        **options: Unpack[RequestOptions],
    ) -> VideoModelList:
        """List the models that can generate videos (`GET /videos/models`, operation `list_video_models`)."""
        from . import list_video_models as _operation

        return await self._transport.request(
            LIST_VIDEO_MODELS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )
