"""Resources for the operations tagged "embeddings" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.create_embeddings_request import CreateEmbeddingsRequest
    from ...models.embeddings_response import EmbeddingsResponse
    from ...models.model_list_response import ModelListResponse

__all__ = [
    "EmbeddingsResource",
    "AsyncEmbeddingsResource",
    "CREATE_EMBEDDINGS",
    "LIST_EMBEDDINGS_MODELS",
]

CREATE_EMBEDDINGS = Operation(
    id="create_embeddings",
    tag="embeddings",
    method="POST",
    path="/embeddings",
    requires_auth=True,
)
LIST_EMBEDDINGS_MODELS = Operation(
    id="list_embeddings_models",
    tag="embeddings",
    method="GET",
    path="/embeddings/models",
    requires_auth=True,
)


class EmbeddingsResource:
    """Operations tagged "embeddings"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        body: CreateEmbeddingsRequest,
        **options: Unpack[RequestOptions],
    ) -> EmbeddingsResponse:
        """Turn text, tokens or media into embedding vectors. (`POST /embeddings`, operation `create_embeddings`).

        Returns one vector per input. The official description also lists a `text/event-stream`
        answer, but this endpoint never streams, so only JSON is described here.

        Args:
            body (CreateEmbeddingsRequest): What to embed and with which model.
        """
        from . import create_embeddings as _operation

        return self._transport.request(
            CREATE_EMBEDDINGS,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def list_models(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModelListResponse:
        """List the models that produce embeddings. (`GET /embeddings/models`, operation `list_embeddings_models`).

        Args:
            offset (int | None | Unset):
            limit (int | Unset):
        """
        from . import list_embeddings_models as _operation

        return self._transport.request(
            LIST_EMBEDDINGS_MODELS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )


class AsyncEmbeddingsResource:
    """Awaitable operations tagged "embeddings"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateEmbeddingsRequest,
        **options: Unpack[RequestOptions],
    ) -> EmbeddingsResponse:
        """Turn text, tokens or media into embedding vectors. (`POST /embeddings`, operation `create_embeddings`).

        Returns one vector per input. The official description also lists a `text/event-stream`
        answer, but this endpoint never streams, so only JSON is described here.

        Args:
            body (CreateEmbeddingsRequest): What to embed and with which model.
        """
        from . import create_embeddings as _operation

        return await self._transport.request(
            CREATE_EMBEDDINGS,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def list_models(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModelListResponse:
        """List the models that produce embeddings. (`GET /embeddings/models`, operation `list_embeddings_models`).

        Args:
            offset (int | None | Unset):
            limit (int | Unset):
        """
        from . import list_embeddings_models as _operation

        return await self._transport.request(
            LIST_EMBEDDINGS_MODELS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )
