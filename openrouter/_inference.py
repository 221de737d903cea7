"""Keyword-argument `create` for text completions, responses, messages and embeddings.

Like `chat.completions.create`: parameters are checked before sending, then the generated
operation module builds the request. Sync and async twins side by side.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack, cast, overload

from openrouter_api.api.anthropic_messages import CREATE_MESSAGE
from openrouter_api.api.completions import CREATE_COMPLETION
from openrouter_api.api.embeddings import CREATE_EMBEDDINGS
from openrouter_api.api.images import CREATE_IMAGE, AsyncImagesResource, ImagesResource
from openrouter_api.api.responses import CREATE_RESPONSE

from ._calls import KeywordCall, run_async, run_sync
from ._stream_kinds import (
    COMPLETION,
    IMAGE,
    MESSAGE,
    RESPONSE,
    AsyncCompletionStream,
    AsyncImageStream,
    AsyncMessageStream,
    AsyncResponseStream,
    CompletionStream,
    ImageStream,
    MessageStream,
    ResponseStream,
)
from ._transport import AsyncTransport, SyncTransport
from ._validation import build_payload, payload_builder

if TYPE_CHECKING:
    from openrouter_api.models import (
        AnthropicMessage,
        EmbeddingsResponse,
        ModelListResponse,
        ResponseObject,
        TextCompletion,
    )

    from .params import (
        CompletionParams,
        CompletionStreamParams,
        EmbeddingParams,
        MessageParams,
        MessageStreamParams,
        ResponseParams,
        ResponseStreamParams,
    )

__all__ = [
    "AsyncCompletions",
    "AsyncEmbeddings",
    "AsyncImages",
    "AsyncMessages",
    "AsyncResponses",
    "Completions",
    "Embeddings",
    "Images",
    "Messages",
    "Responses",
]


_COMPLETION = KeywordCall(
    "completions.create",
    CREATE_COMPLETION,
    "create_completion",
    payload_builder("completions.create", "CreateCompletionRequest"),
    COMPLETION,
)
_RESPONSE = KeywordCall(
    "responses.create",
    CREATE_RESPONSE,
    "create_response",
    payload_builder("responses.create", "CreateResponseRequest"),
    RESPONSE,
)
_MESSAGE = KeywordCall(
    "messages.create",
    CREATE_MESSAGE,
    "create_message",
    payload_builder("messages.create", "CreateMessageRequest"),
    MESSAGE,
)
_EMBEDDINGS = KeywordCall(
    "embeddings.create",
    CREATE_EMBEDDINGS,
    "create_embeddings",
    payload_builder("embeddings.create", "CreateEmbeddingsRequest"),
    generates=False,
)


class _Sync:
    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def _create(self, call: KeywordCall, params: Mapping[str, Any]) -> Any:
        return run_sync(self._transport, call, params)


class _Async:
    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def _create(self, call: KeywordCall, params: Mapping[str, Any]) -> Any:
        return await run_async(self._transport, call, params)


class Completions(_Sync):
    """`client.completions`: legacy text completions (`POST /completions`)."""

    __slots__ = ()

    @overload
    def create(self, **params: Unpack[CompletionStreamParams]) -> CompletionStream: ...
    @overload
    def create(self, **params: Unpack[CompletionParams]) -> TextCompletion: ...
    def create(self, **params: Any) -> TextCompletion | CompletionStream:
        """Complete `prompt` (a model is required); `stream=True` returns a `Stream`."""
        return cast("TextCompletion | CompletionStream", self._create(_COMPLETION, params))


class AsyncCompletions(_Async):
    """Awaitable `client.completions`."""

    __slots__ = ()

    @overload
    async def create(self, **params: Unpack[CompletionStreamParams]) -> AsyncCompletionStream: ...
    @overload
    async def create(self, **params: Unpack[CompletionParams]) -> TextCompletion: ...
    async def create(self, **params: Any) -> TextCompletion | AsyncCompletionStream:
        """Complete `prompt` (a model is required); `stream=True` gives an `AsyncStream`."""
        return cast(
            "TextCompletion | AsyncCompletionStream",
            await self._create(_COMPLETION, params),
        )


class Responses(_Sync):
    """`client.responses`: the OpenAI Responses-compatible API (`POST /responses`)."""

    __slots__ = ()

    @overload
    def create(self, **params: Unpack[ResponseStreamParams]) -> ResponseStream: ...
    @overload
    def create(self, **params: Unpack[ResponseParams]) -> ResponseObject: ...
    def create(self, **params: Any) -> ResponseObject | ResponseStream:
        """Create a response. `input` is required; `stream=True` returns a `Stream`."""
        return cast("ResponseObject | ResponseStream", self._create(_RESPONSE, params))


class AsyncResponses(_Async):
    """Awaitable `client.responses`."""

    __slots__ = ()

    @overload
    async def create(self, **params: Unpack[ResponseStreamParams]) -> AsyncResponseStream: ...
    @overload
    async def create(self, **params: Unpack[ResponseParams]) -> ResponseObject: ...
    async def create(self, **params: Any) -> ResponseObject | AsyncResponseStream:
        """Create a response. `input` is required; `stream=True` returns an `AsyncStream`."""
        return cast("ResponseObject | AsyncResponseStream", await self._create(_RESPONSE, params))


class Messages(_Sync):
    """`client.messages`: the Anthropic Messages-compatible API (`POST /messages`)."""

    __slots__ = ()

    @overload
    def create(self, **params: Unpack[MessageStreamParams]) -> MessageStream: ...
    @overload
    def create(self, **params: Unpack[MessageParams]) -> AnthropicMessage: ...
    def create(self, **params: Any) -> AnthropicMessage | MessageStream:
        """Create a message from `model` and `messages`; `stream=True` returns a `Stream`."""
        return cast("AnthropicMessage | MessageStream", self._create(_MESSAGE, params))


class AsyncMessages(_Async):
    """Awaitable `client.messages`."""

    __slots__ = ()

    @overload
    async def create(self, **params: Unpack[MessageStreamParams]) -> AsyncMessageStream: ...
    @overload
    async def create(self, **params: Unpack[MessageParams]) -> AnthropicMessage: ...
    async def create(self, **params: Any) -> AnthropicMessage | AsyncMessageStream:
        """Create a message from `model` and `messages`; `stream=True`: an `AsyncStream`."""
        return cast("AnthropicMessage | AsyncMessageStream", await self._create(_MESSAGE, params))


class Embeddings(_Sync):
    """`client.embeddings`: vectors for text and multimodal inputs."""

    __slots__ = ()

    def create(self, **params: Unpack[EmbeddingParams]) -> EmbeddingsResponse:
        """Embed `input` with `model`."""
        return cast("EmbeddingsResponse", self._create(_EMBEDDINGS, params))

    def list_models(self, **options: Any) -> ModelListResponse:
        """The embedding models (`GET /embeddings/models`)."""
        from openrouter_api.api.embeddings import EmbeddingsResource

        return EmbeddingsResource(self._transport).list_models(**options)


class AsyncEmbeddings(_Async):
    """Awaitable `client.embeddings`."""

    __slots__ = ()

    async def create(self, **params: Unpack[EmbeddingParams]) -> EmbeddingsResponse:
        """Embed `input` with `model`."""
        return cast("EmbeddingsResponse", await self._create(_EMBEDDINGS, params))

    async def list_models(self, **options: Any) -> ModelListResponse:
        """The embedding models (`GET /embeddings/models`)."""
        from openrouter_api.api.embeddings import AsyncEmbeddingsResource

        return await AsyncEmbeddingsResource(self._transport).list_models(**options)


_IMAGE_STREAM_KEYWORDS = {
    "props": {"body": {"t": ["object"]}, "stream": {"t": ["boolean"]}},
    "req": ["body"],
}


def _image_stream_payload(params: Mapping[str, Any]) -> dict[str, Any]:
    """The image request (a mapping or `CreateImageRequest`) with `stream: true`; any other
    keyword that is not a per-call option is refused, like every keyword `create` does."""
    payload = build_payload("images.stream", _IMAGE_STREAM_KEYWORDS, params)
    return {**payload["body"], "stream": True}


_IMAGE_STREAM = KeywordCall(
    "images.stream", CREATE_IMAGE, "create_image", _image_stream_payload, IMAGE
)


class Images(ImagesResource):
    """`client.images`: the generated operations plus `stream(body)` for partial images."""

    _transport: SyncTransport

    def stream(self, *, body: Any, **params: Any) -> ImageStream:
        """Generate images as a stream of `image_generation.*` events (with partial images).

        `get_final_completion()` returns the `ImageGeneration` with the completed images.
        """
        stream: ImageStream = run_sync(
            self._transport, _IMAGE_STREAM, {**params, "body": body, "stream": True}
        )
        return stream


class AsyncImages(AsyncImagesResource):
    """Awaitable `client.images` with `stream(body)`."""

    _transport: AsyncTransport

    async def stream(self, *, body: Any, **params: Any) -> AsyncImageStream:
        """Generate images as an `AsyncStream` of `image_generation.*` events."""
        stream: AsyncImageStream = await run_async(
            self._transport, _IMAGE_STREAM, {**params, "body": body, "stream": True}
        )
        return stream
