"""Resources for the operations tagged "images" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_image_request import CreateImageRequest
    from ...models.image_generation import ImageGeneration
    from ...models.image_model_endpoint_list import ImageModelEndpointList
    from ...models.image_model_list import ImageModelList

__all__ = [
    "ImagesResource",
    "AsyncImagesResource",
    "CREATE_IMAGE",
    "LIST_IMAGE_MODEL_ENDPOINTS",
    "LIST_IMAGE_MODELS",
]

CREATE_IMAGE = Operation(
    id="create_image",
    tag="images",
    method="POST",
    path="/images",
    requires_auth=True,
)
LIST_IMAGE_MODEL_ENDPOINTS = Operation(
    id="list_image_model_endpoints",
    tag="images",
    method="GET",
    path="/images/models/{author}/{slug}/endpoints",
    requires_auth=True,
)
LIST_IMAGE_MODELS = Operation(
    id="list_image_models",
    tag="images",
    method="GET",
    path="/images/models",
    requires_auth=True,
)


class ImagesResource:
    """Operations tagged "images"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateImageRequest,
        x_session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageGeneration:
        """Generate one or more images from a text prompt (`POST /images`, operation `create_image`).

        Runs an image generation model and returns the images base64-encoded. With `stream: true`
        and a provider that streams natively, the answer is a `text/event-stream` of
        `ImageStreamEvent` objects (partial images, text chunks, then a completed event), ended by
        `data: [DONE]`; other providers ignore the flag and answer with the buffered JSON body.

        Args:
            x_session_id (str | Unset):
            body (CreateImageRequest):
        """
        from . import create_image as _operation

        return self._transport.request(
            CREATE_IMAGE,
            _operation.build_request(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation.parse_response,
            options,
        )

    def list_model_endpoints(
        self,
        author: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> ImageModelEndpointList:
        """List the provider endpoints serving one image model (`GET /images/models/{author}/{slug}/endpoints`, operation `list_image_model_endpoints`).

        Args:
            author (str):
            slug (str):
        """
        from . import list_image_model_endpoints as _operation

        return self._transport.request(
            LIST_IMAGE_MODEL_ENDPOINTS,
            _operation.build_request(
                author=author,
                slug=slug,
            ),
            _operation.parse_response,
            options,
        )

    def list_models(
        self,
        **options: Unpack[RequestOptions],
    ) -> ImageModelList:
        """List the models that can generate images (`GET /images/models`, operation `list_image_models`)."""
        from . import list_image_models as _operation

        return self._transport.request(
            LIST_IMAGE_MODELS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )


class AsyncImagesResource:
    """Awaitable operations tagged "images"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateImageRequest,
        x_session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageGeneration:
        """Generate one or more images from a text prompt (`POST /images`, operation `create_image`).

        Runs an image generation model and returns the images base64-encoded. With `stream: true`
        and a provider that streams natively, the answer is a `text/event-stream` of
        `ImageStreamEvent` objects (partial images, text chunks, then a completed event), ended by
        `data: [DONE]`; other providers ignore the flag and answer with the buffered JSON body.

        Args:
            x_session_id (str | Unset):
            body (CreateImageRequest):
        """
        from . import create_image as _operation

        return await self._transport.request(
            CREATE_IMAGE,
            _operation.build_request(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation.parse_response,
            options,
        )

    async def list_model_endpoints(
        self,
        author: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> ImageModelEndpointList:
        """List the provider endpoints serving one image model (`GET /images/models/{author}/{slug}/endpoints`, operation `list_image_model_endpoints`).

        Args:
            author (str):
            slug (str):
        """
        from . import list_image_model_endpoints as _operation

        return await self._transport.request(
            LIST_IMAGE_MODEL_ENDPOINTS,
            _operation.build_request(
                author=author,
                slug=slug,
            ),
            _operation.parse_response,
            options,
        )

    async def list_models(
        self,
        **options: Unpack[RequestOptions],
    ) -> ImageModelList:
        """List the models that can generate images (`GET /images/models`, operation `list_image_models`)."""
        from . import list_image_models as _operation

        return await self._transport.request(
            LIST_IMAGE_MODELS,
            _operation.build_request(),
            _operation.parse_response,
            options,
        )
