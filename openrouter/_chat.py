"""`client.chat`: OpenAI-compatible `chat.completions.create(...)` and the fluent builder.

Parameters are validated before anything is sent; the request itself is built by the generated
operation module (`openrouter_api.api.chat.create_chat_completion`).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, cast, overload

from openrouter_api.api.chat import CREATE_CHAT_COMPLETION
from openrouter_api.api.chat import AsyncChatResource as _GeneratedAsyncChat
from openrouter_api.api.chat import ChatResource as _GeneratedChat

from ._calls import KeywordCall, run_async, run_sync
from ._raw import RawResponse
from ._stream_kinds import CHAT, AsyncChatStream, ChatStream
from ._transport import AsyncTransport, SyncTransport
from ._validation import payload_builder

if TYPE_CHECKING:
    from openrouter_api.models import ChatCompletion

    from ._builder import AsyncChatBuilder, ChatBuilder
    from .params import ChatCompletionParams, ChatCompletionStreamParams

__all__ = ["AsyncChat", "AsyncChatCompletions", "Chat", "ChatCompletions"]

_NAME = "chat.completions.create"


_CHAT = KeywordCall(
    _NAME,
    CREATE_CHAT_COMPLETION,
    "create_chat_completion",
    payload_builder(_NAME, "ChatCompletionRequest"),
    CHAT,
    requires=("choices",),
)


class ChatCompletions:
    """`POST /chat/completions` with keyword arguments, as in openai-python."""

    __slots__ = ("__dict__", "_transport")

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    @overload
    def create(self, **params: Unpack[ChatCompletionStreamParams]) -> ChatStream: ...
    @overload
    def create(self, **params: Unpack[ChatCompletionParams]) -> ChatCompletion: ...
    def create(self, **params: Any) -> ChatCompletion | ChatStream:
        """Create a chat completion, or with `stream=True` a `Stream` of chunks.

        Takes every chat parameter of OpenRouter's API as a keyword argument (`messages` is
        required; without `model` the account's default model answers), the keywords of
        openai-python's `create` that OpenRouter does not document (`n`, `store`, ...: forwarded
        as given), plus `extra_headers`, `extra_query`, `extra_body`, `timeout` and,
        for streams, `first_token_timeout` and `idle_timeout`. Bad values raise
        `TypeError`/`ValueError` naming the parameter, before anything is sent.
        """
        return cast("ChatCompletion | ChatStream", run_sync(self._transport, _CHAT, params))

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same calls, returning a `RawResponse` (status, headers, `.parse()`)."""
        return ChatCompletionsWithRawResponse(self._transport)


class ChatCompletionsWithRawResponse:
    """`chat.completions` calls that return the raw response."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(self, **params: Unpack[ChatCompletionParams]) -> RawResponse[ChatCompletion]:
        """Like `chat.completions.create`, returning the raw response."""
        raw: RawResponse[ChatCompletion] = run_sync(self._transport, _CHAT, params, raw=True)
        return raw


class AsyncChatCompletions:
    """The awaitable twin of `ChatCompletions`."""

    __slots__ = ("__dict__", "_transport")

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(self, **params: Unpack[ChatCompletionStreamParams]) -> AsyncChatStream: ...
    @overload
    async def create(self, **params: Unpack[ChatCompletionParams]) -> ChatCompletion: ...
    async def create(self, **params: Any) -> ChatCompletion | AsyncChatStream:
        """Create a chat completion, or an `AsyncStream` (see `ChatCompletions.create`)."""
        return cast(
            "ChatCompletion | AsyncChatStream", await run_async(self._transport, _CHAT, params)
        )

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same calls, returning a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncChatCompletionsWithRawResponse(self._transport)


class AsyncChatCompletionsWithRawResponse:
    """Awaitable `chat.completions` calls that return the raw response."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(self, **params: Unpack[ChatCompletionParams]) -> RawResponse[ChatCompletion]:
        """Like `chat.completions.create`, returning the raw response."""
        raw: RawResponse[ChatCompletion] = await run_async(self._transport, _CHAT, params, raw=True)
        return raw


class Chat(_GeneratedChat):
    """`client.chat`: `completions.create(...)`, `builder()`, and the generated operation."""

    def __init__(self, transport: SyncTransport) -> None:
        super().__init__(transport)
        self.completions = ChatCompletions(transport)

    def builder(self) -> ChatBuilder:
        """An empty, immutable request builder bound to this client."""
        from ._builder import ChatBuilder

        return ChatBuilder(self.completions)


class AsyncChat(_GeneratedAsyncChat):
    """`client.chat` on the async client."""

    def __init__(self, transport: AsyncTransport) -> None:
        super().__init__(transport)
        self.completions = AsyncChatCompletions(transport)

    def builder(self) -> AsyncChatBuilder:
        """An empty, immutable request builder bound to this client."""
        from ._builder import AsyncChatBuilder

        return AsyncChatBuilder(self.completions)
