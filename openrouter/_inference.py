"""Keyword-argument `create` for text completions, responses, messages and embeddings.

Like `chat.completions.create`: parameters are checked before sending, then the generated
operation module builds the request. Sync and async twins side by side.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Unpack, cast, overload

import httpx
from openrouter_api.api import Operation
from openrouter_api.api.anthropic_messages import _CREATE_MESSAGE
from openrouter_api.api.completions import _CREATE_COMPLETION
from openrouter_api.api.embeddings import _CREATE_EMBEDDINGS
from openrouter_api.api.images import AsyncImagesResource, ImagesResource
from openrouter_api.api.responses import _CREATE_RESPONSE

from ._calls import run_async, run_sync
from ._inference_params import (
    COMPLETION_CHECKS,
    EMBEDDING_CHECKS,
    MESSAGE_CHECKS,
    RESPONSE_CHECKS,
    CompletionParams,
    CompletionStreamParams,
    EmbeddingParams,
    MessageParams,
    MessageStreamParams,
    ResponseParams,
    ResponseStreamParams,
)
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
from ._validation import Check, JsonBody, build_payload, to_json

if TYPE_CHECKING:
    from openrouter_api.models import (
        AnthropicMessage,
        EmbeddingsResponse,
        ModelListResponse,
        ResponseObject,
        TextCompletion,
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


@dataclass(frozen=True, slots=True)
class _Call:
    name: str
    operation: Operation
    module: str  # the generated operation module, imported on first use (it loads models)
    checks: Mapping[str, Check]
    required: tuple[str, ...]

    def _module(self) -> Any:
        return importlib.import_module(f"openrouter_api.api.{self.operation.tag}.{self.module}")

    def parse(self, response: httpx.Response) -> Any:
        return self._module()._parse_ok(response)

    def kwargs(self, params: Mapping[str, Any]) -> dict[str, Any]:
        payload = build_payload(self.name, self.checks, params, required=self.required)
        return self._module()._get_kwargs(body=JsonBody(payload))  # type: ignore[no-any-return]


_COMPLETION = _Call(
    "completions.create",
    _CREATE_COMPLETION,
    "create_completion",
    COMPLETION_CHECKS,
    ("prompt",),
)
_RESPONSE = _Call(
    "responses.create",
    _CREATE_RESPONSE,
    "create_response",
    RESPONSE_CHECKS,
    ("input",),
)
_MESSAGE = _Call(
    "messages.create",
    _CREATE_MESSAGE,
    "create_message",
    MESSAGE_CHECKS,
    ("model", "messages"),
)
_EMBEDDINGS = _Call(
    "embeddings.create",
    _CREATE_EMBEDDINGS,
    "create_embeddings",
    EMBEDDING_CHECKS,
    ("model", "input"),
)


class _Sync:
    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def _create(self, call: _Call, params: Mapping[str, Any], kind: Any = None) -> Any:
        kwargs = call.kwargs(params)
        return run_sync(
            self._transport, call.name, call.operation, kwargs, call.parse, params, kind
        )


class _Async:
    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def _create(self, call: _Call, params: Mapping[str, Any], kind: Any = None) -> Any:
        kwargs = call.kwargs(params)
        return await run_async(
            self._transport, call.name, call.operation, kwargs, call.parse, params, kind
        )


class Completions(_Sync):
    """`client.completions`: legacy text completions (`POST /completions`)."""

    __slots__ = ()

    @overload
    def create(self, **params: Unpack[CompletionStreamParams]) -> CompletionStream: ...
    @overload
    def create(self, **params: Unpack[CompletionParams]) -> TextCompletion: ...
    def create(self, **params: Any) -> TextCompletion | CompletionStream:
        """Complete `prompt` (a model is required); `stream=True` returns a `Stream`."""
        return cast(
            "TextCompletion | CompletionStream", self._create(_COMPLETION, params, COMPLETION)
        )


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
            await self._create(_COMPLETION, params, COMPLETION),
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
        return cast("ResponseObject | ResponseStream", self._create(_RESPONSE, params, RESPONSE))


class AsyncResponses(_Async):
    """Awaitable `client.responses`."""

    __slots__ = ()

    @overload
    async def create(self, **params: Unpack[ResponseStreamParams]) -> AsyncResponseStream: ...
    @overload
    async def create(self, **params: Unpack[ResponseParams]) -> ResponseObject: ...
    async def create(self, **params: Any) -> ResponseObject | AsyncResponseStream:
        """Create a response. `input` is required; `stream=True` returns an `AsyncStream`."""
        return cast(
            "ResponseObject | AsyncResponseStream", await self._create(_RESPONSE, params, RESPONSE)
        )


class Messages(_Sync):
    """`client.messages`: the Anthropic Messages-compatible API (`POST /messages`)."""

    __slots__ = ()

    @overload
    def create(self, **params: Unpack[MessageStreamParams]) -> MessageStream: ...
    @overload
    def create(self, **params: Unpack[MessageParams]) -> AnthropicMessage: ...
    def create(self, **params: Any) -> AnthropicMessage | MessageStream:
        """Create a message from `model` and `messages`; `stream=True` returns a `Stream`."""
        return cast("AnthropicMessage | MessageStream", self._create(_MESSAGE, params, MESSAGE))


class AsyncMessages(_Async):
    """Awaitable `client.messages`."""

    __slots__ = ()

    @overload
    async def create(self, **params: Unpack[MessageStreamParams]) -> AsyncMessageStream: ...
    @overload
    async def create(self, **params: Unpack[MessageParams]) -> AnthropicMessage: ...
    async def create(self, **params: Any) -> AnthropicMessage | AsyncMessageStream:
        """Create a message from `model` and `messages`; `stream=True`: an `AsyncStream`."""
        return cast(
            "AnthropicMessage | AsyncMessageStream", await self._create(_MESSAGE, params, MESSAGE)
        )


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


def _image_stream_kwargs(body: Any) -> dict[str, Any]:
    from openrouter_api.api.images import create_image

    payload = {**to_json(body), "stream": True}
    kwargs: dict[str, Any] = create_image._get_kwargs(body=cast(Any, JsonBody(payload)))
    return kwargs


class Images(ImagesResource):
    """`client.images`: the generated operations plus `stream(body)` for partial images."""

    _transport: SyncTransport

    def stream(self, *, body: Any, **params: Any) -> ImageStream:
        """Generate images as a stream of `image_generation.*` events (with partial images).

        `get_final_completion()` returns the `ImageGeneration` with the completed images.
        """
        from openrouter_api.api.images import _CREATE_IMAGE

        stream: ImageStream = run_sync(
            self._transport,
            "images.stream",
            _CREATE_IMAGE,
            _image_stream_kwargs(body),
            lambda r: None,
            {**params, "stream": True},
            IMAGE,
        )
        return stream


class AsyncImages(AsyncImagesResource):
    """Awaitable `client.images` with `stream(body)`."""

    _transport: AsyncTransport

    async def stream(self, *, body: Any, **params: Any) -> AsyncImageStream:
        """Generate images as an `AsyncStream` of `image_generation.*` events."""
        from openrouter_api.api.images import _CREATE_IMAGE

        stream: AsyncImageStream = await run_async(
            self._transport,
            "images.stream",
            _CREATE_IMAGE,
            _image_stream_kwargs(body),
            lambda r: None,
            {**params, "stream": True},
            IMAGE,
        )
        return stream
