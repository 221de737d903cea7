"""Structured outputs: `chat.completions.parse(response_format=T)` and its stream.

The type becomes a strict JSON schema sent as `response_format`; the answer of every choice is
decoded into `choices[i].message.parsed`, typed `T`. A refusal, an answer cut at the token limit
or one that does not fit the type raises a `StructuredOutputError` carrying the raw completion.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from openrouter_api.models import ChatCompletion, ChatCompletionChoice, ChatCompletionMessage

from ._errors import OutputRefusedError, OutputTruncatedError, OutputValidationError
from ._schema import SchemaMismatch, convert, strict_schema, type_name

if TYPE_CHECKING:
    from openrouter_api.models import ChatCompletionChunk

    from ._stream_kinds import AsyncChatStream, ChatStream

__all__ = [
    "AsyncChatParseStream",
    "ChatParseStream",
    "OutputType",
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "output_type",
    "parse_completion",
]

T = TypeVar("T")
M = TypeVar("M")


class ParsedChatCompletionMessage(ChatCompletionMessage, Generic[T]):
    """An assistant message with `parsed`: its content decoded into the requested type."""

    parsed: T

    def __repr__(self) -> str:
        shown = super().__repr__()
        return f"{shown[:-1]}, parsed={self.parsed!r})" if shown.endswith(")") else shown


class ParsedChoice(ChatCompletionChoice, Generic[T]):
    """A choice whose `message` carries `parsed`."""

    message: ParsedChatCompletionMessage[T]


class ParsedChatCompletion(ChatCompletion, Generic[T]):
    """A `ChatCompletion` whose choices carry `message.parsed` (typed `T`).

    Everything else is the completion as it came (`usage`, `provider`, `id`, `to_dict()`...).
    """

    choices: list[ParsedChoice[T]]  # type: ignore[assignment]  # the same list, narrowed


def _upgrade(obj: Any, cls: type[M]) -> M:
    """A copy of a response model as a subclass of its class (the same field values, shared).

    Models keep their fields in slots: every slot of the class and its bases that is set is
    copied, and a `__dict__` too if there is one.
    """
    new = cls.__new__(cls)
    for klass in type(obj).__mro__:
        slots = klass.__dict__.get("__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name not in ("__dict__", "__weakref__") and hasattr(obj, name):
                object.__setattr__(new, name, getattr(obj, name))
    if hasattr(obj, "__dict__"):
        vars(new).update(vars(obj))
    return new


class OutputType(Generic[T]):
    """A type asked for as structured output: its strict schema, and decoding answers into it."""

    def __init__(self, tp: type[T]) -> None:
        self.type = tp
        self.name = type_name(tp)
        self.schema = strict_schema(tp)
        if self.schema.get("type") != "object":
            raise TypeError(
                f"structured outputs need an object type (a pydantic model, dataclass, attrs "
                f"class or TypedDict), not {tp!r}"
            )

    def response_format(self) -> dict[str, Any]:
        """The `response_format` request parameter."""
        spec = {"name": self.name, "strict": True, "schema": self.schema}
        return {"type": "json_schema", "json_schema": spec}

    def decode(self, text: str) -> T:
        """JSON text as `T` (ValueError if it is not JSON, SchemaMismatch if it does not fit)."""
        return cast("T", convert(self.type, json.loads(text)))


@lru_cache(maxsize=256)
def _cached(tp: Any) -> OutputType[Any]:
    return OutputType(tp)


def output_type(tp: type[T]) -> OutputType[T]:
    """The `OutputType` of a type, built once per type."""
    try:
        return cast("OutputType[T]", _cached(cast("Any", tp)))
    except TypeError as exc:
        if "unhashable" in str(exc):
            return OutputType(tp)
        raise


def _reason(choice: Any) -> str:
    return str(choice.finish_reason or "")


def parse_completion(completion: ChatCompletion, output: OutputType[T]) -> ParsedChatCompletion[T]:
    """Decode every choice of `completion` into `output`'s type, or raise a typed error."""
    choices: list[ParsedChoice[T]] = []
    for choice in completion.choices:
        message = choice.message
        refusal = message.refusal or None
        if refusal or _reason(choice) == "content_filter":
            why = f"the model refused: {refusal}" if refusal else "a content filter stopped it"
            raise OutputRefusedError(
                f"no {output.name}: {why}", completion=completion, refusal=refusal
            )
        if _reason(choice) == "length":
            raise OutputTruncatedError(
                f"no {output.name}: the answer reached the token limit (finish_reason 'length') "
                "and its JSON is cut off; raise max_tokens",
                completion=completion,
            )
        content = message.content or None
        if content is None:
            what = "asked for tools instead" if message.tool_calls else "gave no content"
            raise OutputValidationError(
                f"no {output.name}: the model {what}", completion=completion, content=None
            )
        try:
            parsed = output.decode(content)
        except (ValueError, SchemaMismatch) as exc:  # JSONDecodeError is a ValueError
            raise OutputValidationError(
                f"the answer is not a valid {output.name}: {exc}",
                completion=completion,
                content=content,
            ) from exc
        parsed_message: ParsedChatCompletionMessage[T] = _upgrade(
            message, ParsedChatCompletionMessage
        )
        parsed_message.parsed = parsed
        parsed_choice: ParsedChoice[T] = _upgrade(choice, ParsedChoice)
        parsed_choice.message = parsed_message
        choices.append(parsed_choice)
    result: ParsedChatCompletion[T] = _upgrade(completion, ParsedChatCompletion)
    result.choices = choices
    return result


class ChatParseStream(Generic[T]):
    """A chat stream asked for structured output: chunks as usual, then the parsed completion.

    ```python
    with client.chat.completions.parse(..., response_format=City, stream=True) as stream:
        for text in stream.text_stream:
            print(text, end="")
    city = stream.get_final_completion().choices[0].message.parsed
    ```
    """

    def __init__(self, stream: ChatStream, output: OutputType[T]) -> None:
        self.stream = stream
        self._output = output

    def __iter__(self) -> Iterator[ChatCompletionChunk]:
        return iter(self.stream)

    @property
    def text_stream(self) -> Iterator[str]:
        """Only the text deltas (the JSON as it is written)."""
        return self.stream.text_stream

    def get_final_completion(self) -> ParsedChatCompletion[T]:
        """Read to the end and return the completion with `message.parsed` (or raise)."""
        return parse_completion(self.stream.get_final_completion(), self._output)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self.stream.close()

    def __enter__(self) -> ChatParseStream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncChatParseStream(Generic[T]):
    """The async twin of `ChatParseStream`: `async for`, `async with`."""

    def __init__(self, stream: AsyncChatStream, output: OutputType[T]) -> None:
        self.stream = stream
        self._output = output

    def __aiter__(self) -> AsyncIterator[ChatCompletionChunk]:
        return self.stream.__aiter__()

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """Only the text deltas (the JSON as it is written)."""
        return self.stream.text_stream

    async def get_final_completion(self) -> ParsedChatCompletion[T]:
        """Read to the end and return the completion with `message.parsed` (or raise)."""
        return parse_completion(await self.stream.get_final_completion(), self._output)

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self.stream.close()

    async def __aenter__(self) -> AsyncChatParseStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
