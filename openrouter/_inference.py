"""Keyword-argument `create` for text completions, responses, messages and embeddings.

Like `chat.completions.create`: parameters are checked before sending, then the generated
operation module builds the request. Sync and async twins side by side.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Unpack, cast

import httpx
from openrouter_api.api import Operation
from openrouter_api.api.anthropic_messages import _CREATE_MESSAGE
from openrouter_api.api.completions import _CREATE_COMPLETION
from openrouter_api.api.embeddings import _CREATE_EMBEDDINGS
from openrouter_api.api.responses import _CREATE_RESPONSE

from ._inference_params import (
    COMPLETION_CHECKS,
    EMBEDDING_CHECKS,
    MESSAGE_CHECKS,
    RESPONSE_CHECKS,
    CompletionParams,
    EmbeddingParams,
    MessageParams,
    ResponseParams,
)
from ._transport import AsyncTransport, SyncTransport, split_options
from ._validation import Check, JsonBody, build_payload

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
    "AsyncMessages",
    "AsyncResponses",
    "Completions",
    "Embeddings",
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
        if payload.get("stream"):
            raise NotImplementedError("streaming lands with the streaming issue")
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

    def _create(self, call: _Call, params: Mapping[str, Any]) -> Any:
        return self._transport.request(
            call.operation, call.kwargs(params), call.parse, split_options(params)
        )


class _Async:
    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def _create(self, call: _Call, params: Mapping[str, Any]) -> Any:
        return await self._transport.request(
            call.operation, call.kwargs(params), call.parse, split_options(params)
        )


class Completions(_Sync):
    """`client.completions`: legacy text completions (`POST /completions`)."""

    __slots__ = ()

    def create(self, **params: Unpack[CompletionParams]) -> TextCompletion:
        """Complete a prompt. `prompt` and a model are required."""
        return cast("TextCompletion", self._create(_COMPLETION, params))


class AsyncCompletions(_Async):
    """Awaitable `client.completions`."""

    __slots__ = ()

    async def create(self, **params: Unpack[CompletionParams]) -> TextCompletion:
        """Complete a prompt. `prompt` and a model are required."""
        return cast("TextCompletion", await self._create(_COMPLETION, params))


class Responses(_Sync):
    """`client.responses`: the OpenAI Responses-compatible API (`POST /responses`)."""

    __slots__ = ()

    def create(self, **params: Unpack[ResponseParams]) -> ResponseObject:
        """Create a response. `input` is required."""
        return cast("ResponseObject", self._create(_RESPONSE, params))


class AsyncResponses(_Async):
    """Awaitable `client.responses`."""

    __slots__ = ()

    async def create(self, **params: Unpack[ResponseParams]) -> ResponseObject:
        """Create a response. `input` is required."""
        return cast("ResponseObject", await self._create(_RESPONSE, params))


class Messages(_Sync):
    """`client.messages`: the Anthropic Messages-compatible API (`POST /messages`)."""

    __slots__ = ()

    def create(self, **params: Unpack[MessageParams]) -> AnthropicMessage:
        """Create a message. `model` and `messages` are required."""
        return cast("AnthropicMessage", self._create(_MESSAGE, params))


class AsyncMessages(_Async):
    """Awaitable `client.messages`."""

    __slots__ = ()

    async def create(self, **params: Unpack[MessageParams]) -> AnthropicMessage:
        """Create a message. `model` and `messages` are required."""
        return cast("AnthropicMessage", await self._create(_MESSAGE, params))


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
