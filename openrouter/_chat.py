"""`client.chat`: OpenAI-compatible `chat.completions.create(...)` and the fluent builder.

Parameters are validated before anything is sent; the request itself is built by the generated
operation module (`openrouter_api.api.chat.create_chat_completion`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, cast, overload

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
    from ._parse import AsyncChatParseStream, ChatParseStream, ParsedChatCompletion
    from ._runner import ToolRunEvent, ToolRunResult
    from ._tools import FunctionTool
    from .params import ChatCompletionParams, ChatCompletionStreamParams

__all__ = ["AsyncChat", "AsyncChatCompletions", "Chat", "ChatCompletions"]

_NAME = "chat.completions.create"
T = TypeVar("T")


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

    @overload
    def parse(
        self, *, response_format: type[T], stream: Literal[True], **params: Any
    ) -> ChatParseStream[T]: ...
    @overload
    def parse(
        self, *, response_format: type[T], stream: Literal[False] = ..., **params: Any
    ) -> ParsedChatCompletion[T]: ...
    def parse(
        self, *, response_format: type[T], stream: bool = False, **params: Any
    ) -> ParsedChatCompletion[T] | ChatParseStream[T]:
        """Ask for structured output of type `response_format` and decode the answer into it.

        `response_format` is a pydantic model, dataclass, attrs class or TypedDict; it is sent as
        a strict JSON schema and each choice's answer lands in `choices[i].message.parsed`. Other
        keywords are those of `create`. With `stream=True` the result is a `ChatParseStream`
        whose `get_final_completion()` carries `parsed`. A refusal, a cut-off answer or one that
        does not fit raise a `StructuredOutputError` subclass holding the raw completion.
        """
        from ._parse import ChatParseStream, output_type, parse_completion

        output = output_type(response_format)
        params = {**params, "response_format": output.response_format()}
        if stream:
            return ChatParseStream(self.create(**params, stream=True), output)
        return parse_completion(self.create(**params), output)

    @overload
    def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any] | FunctionTool],
        max_rounds: int = 8,
        stream: Literal[False] = ...,
        **params: Any,
    ) -> ToolRunResult: ...
    @overload
    def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any] | FunctionTool],
        max_rounds: int = 8,
        stream: Literal[True],
        **params: Any,
    ) -> Iterator[ToolRunEvent]: ...
    def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any] | FunctionTool],
        max_rounds: int = 8,
        stream: bool = False,
        **params: Any,
    ) -> ToolRunResult | Iterator[ToolRunEvent]:
        """Let the model call Python functions until it answers: the tool loop, run for you.

        Each round is a `create` call with `tools` (functions are described with
        `openrouter.tool_from_function`); the functions the model asks for run with checked
        arguments (async functions too), and their results, or the error a function raised, go
        back to the model. The run ends when an answer asks for no tool; after `max_rounds`
        calls a `ToolRoundsExceededError` carries the transcript. Returns a `ToolRunResult`
        (final completion, transcript, total cost); `stream=True` gives `ToolRunEvent`s, each
        round streamed. Other keywords are those of `create`.
        """
        from ._runner import ToolLoop, run, run_stream

        loop = ToolLoop.start(params.pop("messages", ()), tools, max_rounds, params)
        return run_stream(self, loop) if stream else run(self, loop)

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

    @overload
    async def parse(
        self, *, response_format: type[T], stream: Literal[True], **params: Any
    ) -> AsyncChatParseStream[T]: ...
    @overload
    async def parse(
        self, *, response_format: type[T], stream: Literal[False] = ..., **params: Any
    ) -> ParsedChatCompletion[T]: ...
    async def parse(
        self, *, response_format: type[T], stream: bool = False, **params: Any
    ) -> ParsedChatCompletion[T] | AsyncChatParseStream[T]:
        """Structured output decoded into `response_format` (see `ChatCompletions.parse`)."""
        from ._parse import AsyncChatParseStream, output_type, parse_completion

        output = output_type(response_format)
        params = {**params, "response_format": output.response_format()}
        if stream:
            return AsyncChatParseStream(await self.create(**params, stream=True), output)
        return parse_completion(await self.create(**params), output)

    @overload
    async def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any] | FunctionTool],
        max_rounds: int = 8,
        stream: Literal[False] = ...,
        **params: Any,
    ) -> ToolRunResult: ...
    @overload
    async def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any] | FunctionTool],
        max_rounds: int = 8,
        stream: Literal[True],
        **params: Any,
    ) -> AsyncIterator[ToolRunEvent]: ...
    async def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any] | FunctionTool],
        max_rounds: int = 8,
        stream: bool = False,
        **params: Any,
    ) -> ToolRunResult | AsyncIterator[ToolRunEvent]:
        """The tool loop (see `ChatCompletions.run_tools`); a round's calls run concurrently."""
        from ._runner import ToolLoop, arun, arun_stream

        loop = ToolLoop.start(params.pop("messages", ()), tools, max_rounds, params)
        return arun_stream(self, loop) if stream else await arun(self, loop)

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
