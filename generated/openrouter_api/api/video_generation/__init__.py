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

__all__ = ["VideoGenerationResource", "AsyncVideoGenerationResource"]

_CREATE_VIDEO = Operation(
    id="create_video",
    tag="video_generation",
    method="POST",
    path="/videos",
    requires_auth=True,
)
_DOWNLOAD_VIDEO_CONTENT = Operation(
    id="download_video_content",
    tag="video_generation",
    method="GET",
    path="/videos/{job_id}/content",
    requires_auth=True,
)
_GET_VIDEO = Operation(
    id="get_video",
    tag="video_generation",
    method="GET",
    path="/videos/{job_id}",
    requires_auth=True,
)
_LIST_VIDEO_MODELS = Operation(
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
        """Start an asynchronous video generation job (`POST /videos`, operation `create_video`)."""
        from . import create_video as _operation

        return self._transport.request(
            _CREATE_VIDEO,
            _operation._get_kwargs(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation._parse_ok,
            options,
        )

    def download_content(
        self,
        job_id: str,
        *,
        index: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Download the video produced by a finished job (`GET /videos/{job_id}/content`, operation `download_video_content`)."""
        from . import download_video_content as _operation

        return self._transport.request(
            _DOWNLOAD_VIDEO_CONTENT,
            _operation._get_kwargs(
                job_id=job_id,
                index=index,
            ),
            _operation._parse_ok,
            options,
        )

    def get(
        self,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> VideoJob:
        """Poll the status of a video generation job (`GET /videos/{job_id}`, operation `get_video`)."""
        from . import get_video as _operation

        return self._transport.request(
            _GET_VIDEO,
            _operation._get_kwargs(
                job_id=job_id,
            ),
            _operation._parse_ok,
            options,
        )

    def list_models(
        self,
        **options: Unpack[RequestOptions],
    ) -> VideoModelList:
        """List the models that can generate videos (`GET /videos/models`, operation `list_video_models`)."""
        from . import list_video_models as _operation

        return self._transport.request(
            _LIST_VIDEO_MODELS,
            _operation._get_kwargs(),
            _operation._parse_ok,
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
        """Start an asynchronous video generation job (`POST /videos`, operation `create_video`)."""
        from . import create_video as _operation

        return await self._transport.request(
            _CREATE_VIDEO,
            _operation._get_kwargs(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation._parse_ok,
            options,
        )

    async def download_content(
        self,
        job_id: str,
        *,
        index: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Download the video produced by a finished job (`GET /videos/{job_id}/content`, operation `download_video_content`)."""
        from . import download_video_content as _operation

        return await self._transport.request(
            _DOWNLOAD_VIDEO_CONTENT,
            _operation._get_kwargs(
                job_id=job_id,
                index=index,
            ),
            _operation._parse_ok,
            options,
        )

    async def get(
        self,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> VideoJob:
        """Poll the status of a video generation job (`GET /videos/{job_id}`, operation `get_video`)."""
        from . import get_video as _operation

        return await self._transport.request(
            _GET_VIDEO,
            _operation._get_kwargs(
                job_id=job_id,
            ),
            _operation._parse_ok,
            options,
        )

    async def list_models(
        self,
        **options: Unpack[RequestOptions],
    ) -> VideoModelList:
        """List the models that can generate videos (`GET /videos/models`, operation `list_video_models`)."""
        from . import list_video_models as _operation

        return await self._transport.request(
            _LIST_VIDEO_MODELS,
            _operation._get_kwargs(),
            _operation._parse_ok,
            options,
        )
