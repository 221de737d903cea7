"""The fluent chat request builder: every call returns a new builder, so partial ones can be shared.

base = client.chat.builder().model("openai/gpt-4o-mini").system("Be brief")
answer = base.user("Capital of France?").temperature(0.2).send()
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

from . import parts as _parts
from ._builder_params import ChatParameterMethods
from ._request import request_bodies, split_options
from ._validation import build_payload, check_param

if TYPE_CHECKING:
    import httpx
    import httpx2
    from openrouter_api.models import ChatCompletion

    from ._chat import AsyncChatCompletions, ChatCompletions
    from ._parse import AsyncChatParseStream, ChatParseStream, ParsedChatCompletion
    from ._stream_kinds import AsyncChatStream, ChatStream
    from .params import (
        ChatDebugOptions,
        ChatNamedToolChoice,
        ChatOutputModality,
        ChatPlugin,
        ChatServerTool,
        ChatServerToolChoice,
        ChatStreamOptions,
        ChatUsageOptions,
        DeferredToolsControl,
        FunctionDefinition,
        FunctionTool,
        JsonSchemaFormat,
        PromptCacheOptions,
        ProviderPreferences,
        ReasoningEffort,
        StopServerToolsWhenCondition,
        WebSearchOptions,
    )

__all__ = ["AsyncChatBuilder", "ChatBuilder", "ChatRequestBuilder"]

Part = str | Mapping[str, Any]
T = TypeVar("T")

_SCHEMA = "ChatCompletionRequest"


def _chat_payload(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    return build_payload("chat.builder", _SCHEMA, kwargs)


def _tool_choice_modes() -> list[str]:
    from ._schemas import SCHEMAS

    modes: list[str] = SCHEMAS["ChatToolChoiceMode"]["enum"]
    return modes


def _content(items: tuple[Part, ...]) -> str | list[dict[str, Any]]:
    if len(items) == 1 and isinstance(items[0], str):
        return items[0]
    return [_parts.text(i) if isinstance(i, str) else dict(i) for i in items]


class ChatRequestBuilder(ChatParameterMethods):
    """Immutable chat request state with one method per chat parameter.

    The plain parameter methods (`temperature`, `seed`, `max_tokens`, ...) are generated from
    openapi.yaml (`ChatParameterMethods`); the ones here add conveniences (merging, varargs,
    defaults, friendlier names).

    Sending needs a client: use `client.chat.builder()` (`ChatBuilder` / `AsyncChatBuilder`).
    `build()` returns the keyword arguments `chat.completions.create` would receive.
    """

    __slots__ = ("_messages", "_options", "_params", "_target")

    def __init__(
        self,
        target: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        messages: tuple[dict[str, Any], ...] = (),
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self._target = target
        self._params: dict[str, Any] = dict(params or {})
        self._messages = messages
        self._options: dict[str, Any] = dict(options or {})

    # -- plumbing -------------------------------------------------------------------------
    def _copy(
        self,
        *,
        params: Mapping[str, Any] | None = None,
        messages: tuple[dict[str, Any], ...] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Self:
        return type(self)(
            self._target,
            params={**self._params, **(params or {})},
            messages=self._messages if messages is None else messages,
            options={**self._options, **(options or {})},
        )

    def param(self, name: str, value: Any) -> Self:
        """Set any chat parameter by name (checked like the keyword argument of `create`)."""
        if name in ("messages", "stream"):
            raise ValueError(f"{name} is set by the message methods and send()/stream()")
        try:
            check_param(_SCHEMA, name, value)
        except KeyError:
            raise ValueError(
                f"unknown chat parameter {name!r}; use extra_body() for new ones"
            ) from None
        return self._copy(params={name: value})

    def _kwargs(self) -> dict[str, Any]:
        return {**self._params, "messages": list(self._messages), **self._options}

    def _parse_kwargs(self) -> dict[str, Any]:
        kwargs = self._kwargs()
        kwargs.pop("response_format", None)  # parse() sends the schema of its type
        return kwargs

    def build(self) -> dict[str, Any]:
        """The keyword arguments for `chat.completions.create` (validated)."""
        kwargs = self._kwargs()
        _chat_payload(kwargs)
        return kwargs

    def to_json(self) -> str:
        """The request body as JSON text, exactly as `send()` sends it (`extra_body` included)."""
        payload = _chat_payload(self._kwargs())
        body, _ = request_bodies({"json": payload}, split_options(self._options))
        return json.dumps(body)

    # -- messages -------------------------------------------------------------------------
    def message(self, message: Mapping[str, Any]) -> Self:
        """Append a message given as a mapping (`{"role": ..., "content": ...}`)."""
        return self._copy(messages=(*self._messages, dict(message)))

    def messages(self, messages: Iterable[Mapping[str, Any]]) -> Self:
        """Append several messages."""
        return self._copy(messages=(*self._messages, *(dict(m) for m in messages)))

    def system(self, content: str) -> Self:
        """Append a system message."""
        return self.message({"role": "system", "content": content})

    def developer(self, content: str) -> Self:
        """Append a developer message."""
        return self.message({"role": "developer", "content": content})

    def user(self, *content: Part, name: str | None = None) -> Self:
        """Append a user message: text, and any parts from `openrouter.parts` (images, files...)."""
        if not content:
            raise ValueError("user() needs some content")
        message: dict[str, Any] = {"role": "user", "content": _content(content)}
        if name is not None:
            message["name"] = name
        return self.message(message)

    def user_image(self, prompt: str, image: _parts.Source, *, detail: Any = None) -> Self:
        """Append a user message with a text prompt and one image (URL, path or bytes)."""
        return self.user(prompt, _parts.image(image, detail=detail))

    def user_file(self, prompt: str, file: _parts.Source, *, filename: str | None = None) -> Self:
        """Append a user message with a text prompt and one document (URL, path or bytes)."""
        return self.user(prompt, _parts.file(file, filename=filename))

    def user_audio(self, prompt: str, audio: Any, *, format: str | None = None) -> Self:
        """Append a user message with a text prompt and one audio clip (path or bytes)."""
        return self.user(prompt, _parts.audio(audio, format=format))

    def assistant(self, content: str | None = None, *, tool_calls: Any = None) -> Self:
        """Append an assistant message (a prefill when it is the last one)."""
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if tool_calls is not None:
            message["tool_calls"] = [
                tc.to_dict() if hasattr(tc, "to_dict") else dict(tc) for tc in tool_calls
            ]
        return self.message(message)

    def tool_result(self, tool_call_id: str, content: str | Mapping[str, Any]) -> Self:
        """Append a tool message answering `tool_call_id` (mappings are sent as JSON text)."""
        text = content if isinstance(content, str) else json.dumps(content)
        return self.message({"role": "tool", "tool_call_id": tool_call_id, "content": text})

    # -- model and routing ----------------------------------------------------------------
    def fallbacks(self, *models: str) -> Self:
        """Models to try, in order, when the main one fails (`models`)."""
        main = self._params.get("model")
        listed = [main, *models] if isinstance(main, str) and main not in models else list(models)
        return self.param("models", listed)

    def provider(self, **preferences: Unpack[ProviderPreferences]) -> Self:
        """Provider routing (`order`, `only`, `ignore`, `sort`, `max_price`, `zdr`, ...)."""
        merged = {**(self._params.get("provider") or {}), **preferences}
        return self.param("provider", merged)

    def plugins(self, *plugins: ChatPlugin) -> Self:
        """Plugins (`{"id": "web"}`, `{"id": "file-parser", ...}`, ...)."""
        return self.param("plugins", [*self._params.get("plugins", []), *plugins])

    def web_search(self, **options: Any) -> Self:
        """Add the web plugin (`max_results`, `engine`, `search_prompt`, ...)."""
        return self.plugins({"id": "web", **options})

    # -- sampling ---------------------------------------------------------------------------
    def stop(self, *sequences: str) -> Self:
        return self.param("stop", list(sequences))

    def logprobs(self, top: int | None = None) -> Self:
        """Return log probabilities (and the `top` alternatives per token)."""
        builder = self.param("logprobs", True)
        return builder if top is None else builder.param("top_logprobs", top)

    def prediction(self, content: str) -> Self:
        """Predicted output (speeds up edits of known text)."""
        return self.param("prediction", {"type": "content", "content": content})

    # -- tools and output -------------------------------------------------------------------
    def tool(
        self,
        name: str,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        *,
        strict: bool | None = None,
    ) -> Self:
        """Add a function tool."""
        function: FunctionDefinition = {"name": name}
        if description is not None:
            function["description"] = description
        if parameters is not None:
            function["parameters"] = dict(parameters)
        if strict is not None:
            function["strict"] = strict
        return self.tools({"type": "function", "function": function})

    def tools(self, *tools: FunctionTool | ChatServerTool) -> Self:
        """Add tools given as mappings (function tools or OpenRouter server tools)."""
        return self.param("tools", [*self._params.get("tools", []), *tools])

    def tool_choice(self, choice: str | ChatNamedToolChoice | ChatServerToolChoice) -> Self:
        """`"auto"`, `"none"`, `"required"`, or a function name to force."""
        if isinstance(choice, str) and choice not in _tool_choice_modes():
            choice = {"type": "function", "function": {"name": choice}}
        return self.param("tool_choice", choice)

    def parallel_tool_calls(self, enabled: bool = True) -> Self:
        return self.param("parallel_tool_calls", enabled)

    def json_object(self) -> Self:
        """Ask for a JSON object (also say so in the prompt)."""
        return self.response_format({"type": "json_object"})

    def json_schema(self, name: str, schema: Mapping[str, Any], *, strict: bool = True) -> Self:
        """Ask for output matching a JSON schema (structured outputs)."""
        spec: JsonSchemaFormat = {"name": name, "schema": dict(schema), "strict": strict}
        return self.response_format({"type": "json_schema", "json_schema": spec})

    def reasoning(
        self,
        *,
        effort: ReasoningEffort | None = None,
        max_tokens: int | None = None,
        exclude: bool | None = None,
        enabled: bool | None = None,
    ) -> Self:
        """Reasoning settings (use `effort` or `max_tokens`, not both)."""
        given = {"effort": effort, "max_tokens": max_tokens, "exclude": exclude, "enabled": enabled}
        return self.param("reasoning", {k: v for k, v in given.items() if v is not None})

    def include_reasoning(self, include: bool = True) -> Self:
        """Deprecated by OpenRouter in favour of `reasoning(exclude=...)`; still accepted."""
        return self.param("include_reasoning", include)

    def modalities(self, *modalities: ChatOutputModality) -> Self:
        return self.param("modalities", list(modalities))

    def image_config(self, **options: Any) -> Self:
        """Image output settings (for example `aspect_ratio="16:9"`)."""
        return self.param("image_config", options)

    def web_search_options(self, **options: Unpack[WebSearchOptions]) -> Self:
        """Search settings for models with built-in web search."""
        return self.param("web_search_options", options)

    def stop_server_tools_when(self, *conditions: StopServerToolsWhenCondition) -> Self:
        """Conditions that stop server-side tool loops (step count, cost, ...)."""
        return self.param("stop_server_tools_when", list(conditions))

    def deferred_tools(self, **control: Unpack[DeferredToolsControl]) -> Self:
        """The router-level deferred-tool protocol settings."""
        return self.param("deferred_tools", control)

    def prompt_cache_options(self, **options: Unpack[PromptCacheOptions]) -> Self:
        return self.param("prompt_cache_options", options)

    def debug(self, **options: Unpack[ChatDebugOptions]) -> Self:
        """Debug options (`echo_upstream_body=True`, streaming only)."""
        return self.param("debug", options)

    def stream_options(self, **options: Unpack[ChatStreamOptions]) -> Self:
        return self.param("stream_options", options)

    def usage(self, **options: Unpack[ChatUsageOptions]) -> Self:
        """Deprecated usage accounting switch (usage is always returned)."""
        return self.param("usage", options)

    def transforms(self, *names: str) -> Self:
        """Prompt transforms such as `middle-out` (superseded by the context-compression plugin)."""
        return self.param("transforms", list(names))

    # -- bookkeeping ----------------------------------------------------------------------
    def end_user(self, user: str) -> Self:
        """A stable id of your end user (`user`)."""
        return self.param("user", user)

    def metadata(self, **pairs: str) -> Self:
        return self.param("metadata", {**self._params.get("metadata", {}), **pairs})

    def trace(self, **fields: Any) -> Self:
        return self.param("trace", fields)

    def cache_control(self, ttl: str | None = None) -> Self:
        """Automatic prompt caching (Anthropic-style)."""
        value: dict[str, Any] = {"type": "ephemeral"}
        if ttl is not None:
            value["ttl"] = ttl
        return self.param("cache_control", value)

    # -- per-call options -------------------------------------------------------------------
    def extra_body(self, **fields: Any) -> Self:
        """Body fields the library does not know yet."""
        return self._copy(options={"extra_body": {**self._options.get("extra_body", {}), **fields}})

    def extra_headers(self, headers: Mapping[str, str]) -> Self:
        merged = {**self._options.get("extra_headers", {}), **headers}
        return self._copy(options={"extra_headers": merged})

    def timeout(self, seconds: float | httpx.Timeout | httpx2.Timeout | None) -> Self:
        return self._copy(options={"timeout": seconds})

    def __repr__(self) -> str:
        model = self._params.get("model", "?")
        return f"<{type(self).__name__} model={model!r} messages={len(self._messages)}>"


class ChatBuilder(ChatRequestBuilder):
    """A builder bound to a sync client: `.send()` returns the completion."""

    __slots__ = ()

    def send(self) -> ChatCompletion:
        """Send the request."""
        target: ChatCompletions = self._target
        completion: ChatCompletion = target.create(**self._kwargs())  # create() validates
        return completion

    def stream(self) -> ChatStream:
        """Send the request as a stream (use it with `with`)."""
        target: ChatCompletions = self._target
        stream: ChatStream = target.create(**{**self._kwargs(), "stream": True})
        return stream

    def parse(self, response_format: type[T]) -> ParsedChatCompletion[T]:
        """Send, asking for structured output of type `response_format` (see
        `chat.completions.parse`); a `response_format` set on the builder is replaced.
        """
        target: ChatCompletions = self._target
        parsed: ParsedChatCompletion[T]
        parsed = target.parse(response_format=response_format, **self._parse_kwargs())
        return parsed

    def parse_stream(self, response_format: type[T]) -> ChatParseStream[T]:
        """`parse` as a stream: chunks as usual, `get_final_completion()` carries `parsed`."""
        target: ChatCompletions = self._target
        kwargs = self._parse_kwargs()
        return target.parse(response_format=response_format, stream=True, **kwargs)


class AsyncChatBuilder(ChatRequestBuilder):
    """A builder bound to an async client: `await .send()`."""

    __slots__ = ()

    async def send(self) -> ChatCompletion:
        """Send the request."""
        target: AsyncChatCompletions = self._target
        completion: ChatCompletion = await target.create(**self._kwargs())
        return completion

    async def stream(self) -> AsyncChatStream:
        """Send the request as a stream (use it with `async with`)."""
        target: AsyncChatCompletions = self._target
        stream: AsyncChatStream = await target.create(**{**self._kwargs(), "stream": True})
        return stream

    async def parse(self, response_format: type[T]) -> ParsedChatCompletion[T]:
        """Send asking for structured output of type `response_format` (see `ChatBuilder.parse`)."""
        target: AsyncChatCompletions = self._target
        parsed: ParsedChatCompletion[T]
        parsed = await target.parse(response_format=response_format, **self._parse_kwargs())
        return parsed

    async def parse_stream(self, response_format: type[T]) -> AsyncChatParseStream[T]:
        """`parse` as a stream (use it with `async with`)."""
        target: AsyncChatCompletions = self._target
        kwargs = self._parse_kwargs()
        return await target.parse(response_format=response_format, stream=True, **kwargs)
