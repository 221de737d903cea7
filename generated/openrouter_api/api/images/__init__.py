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

__all__ = ["ImagesResource", "AsyncImagesResource"]

_CREATE_IMAGE = Operation(
    id="create_image",
    tag="images",
    method="POST",
    path="/images",
    requires_auth=True,
)
_LIST_IMAGE_MODEL_ENDPOINTS = Operation(
    id="list_image_model_endpoints",
    tag="images",
    method="GET",
    path="/images/models/{author}/{slug}/endpoints",
    requires_auth=True,
)
_LIST_IMAGE_MODELS = Operation(
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
        """Generate one or more images from a text prompt (`POST /images`, operation `create_image`)."""
        from . import create_image as _operation

        return self._transport.request(
            _CREATE_IMAGE,
            _operation._get_kwargs(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation._parse_ok,
            options,
        )

    def list_model_endpoints(
        self,
        author: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> ImageModelEndpointList:
        """List the provider endpoints serving one image model (`GET /images/models/{author}/{slug}/endpoints`, operation `list_image_model_endpoints`)."""
        from . import list_image_model_endpoints as _operation

        return self._transport.request(
            _LIST_IMAGE_MODEL_ENDPOINTS,
            _operation._get_kwargs(
                author=author,
                slug=slug,
            ),
            _operation._parse_ok,
            options,
        )

    def list_models(
        self,
        **options: Unpack[RequestOptions],
    ) -> ImageModelList:
        """List the models that can generate images (`GET /images/models`, operation `list_image_models`)."""
        from . import list_image_models as _operation

        return self._transport.request(
            _LIST_IMAGE_MODELS,
            _operation._get_kwargs(),
            _operation._parse_ok,
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
        """Generate one or more images from a text prompt (`POST /images`, operation `create_image`)."""
        from . import create_image as _operation

        return await self._transport.request(
            _CREATE_IMAGE,
            _operation._get_kwargs(
                body=body,
                x_session_id=x_session_id,
            ),
            _operation._parse_ok,
            options,
        )

    async def list_model_endpoints(
        self,
        author: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> ImageModelEndpointList:
        """List the provider endpoints serving one image model (`GET /images/models/{author}/{slug}/endpoints`, operation `list_image_model_endpoints`)."""
        from . import list_image_model_endpoints as _operation

        return await self._transport.request(
            _LIST_IMAGE_MODEL_ENDPOINTS,
            _operation._get_kwargs(
                author=author,
                slug=slug,
            ),
            _operation._parse_ok,
            options,
        )

    async def list_models(
        self,
        **options: Unpack[RequestOptions],
    ) -> ImageModelList:
        """List the models that can generate images (`GET /images/models`, operation `list_image_models`)."""
        from . import list_image_models as _operation

        return await self._transport.request(
            _LIST_IMAGE_MODELS,
            _operation._get_kwargs(),
            _operation._parse_ok,
            options,
        )
