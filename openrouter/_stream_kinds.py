"""The streaming operations: how each one accumulates and which models type its events.

Models are imported on first use (`ModelReader`) so `import openrouter` stays light.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._accumulate import (
    ChatAccumulator,
    ImagesAccumulator,
    MessagesAccumulator,
    ResponsesAccumulator,
)
from ._streaming import AsyncStream, ModelReader, Stream, StreamKind

if TYPE_CHECKING:
    from openrouter_api.models import (
        AnthropicMessage,
        ChatCompletion,
        ChatCompletionChunk,
        ImageGeneration,
        MessageStreamEvent,
        ResponseObject,
        ResponseStreamEvent,
        TextCompletion,
    )

__all__ = [
    "CHAT",
    "COMPLETION",
    "IMAGE",
    "MESSAGE",
    "RESPONSE",
    "AsyncChatStream",
    "AsyncCompletionStream",
    "AsyncImageStream",
    "AsyncMessageStream",
    "AsyncResponseStream",
    "ChatStream",
    "CompletionStream",
    "ImageStream",
    "MessageStream",
    "ResponseStream",
]


def _image_event(data: dict[str, Any]) -> Any:
    from openrouter_api import models

    kind = data.get("type")
    parsers: dict[str, Callable[[dict[str, Any]], Any]] = {
        "image_generation.partial_image": models.ImagePartialImageEvent.from_dict,
        "image_generation.text_chunk": models.ImageTextChunkEvent.from_dict,
        "image_generation.completed": models.ImageCompletedEvent.from_dict,
        "error": models.ImageStreamErrorEvent.from_dict,
    }
    parse = parsers.get(str(kind))
    return parse(data) if parse is not None else data  # an event type we do not know yet


def _one_chunk(body: dict[str, Any]) -> list[dict[str, Any]]:
    """A whole chat completion as the one chunk that carries all of it."""
    choices = []
    raw = body.get("choices")
    for choice in raw if isinstance(raw, list) else ():
        if isinstance(choice, dict):
            delta = choice.get("message") if isinstance(choice.get("message"), dict) else None
            rest = {k: v for k, v in choice.items() if k != "message"}
            choices.append({**rest, "delta": delta} if delta is not None else rest)
    return [{**body, "object": "chat.completion.chunk", "choices": choices}]


def _as_is(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [body]  # a text completion chunk has the shape of the whole completion


def _response_completed(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"type": "response.completed", "response": body}]


def _message_events(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"type": "message_start", "message": body}, {"type": "message_stop"}]


def _image_events(body: dict[str, Any]) -> list[dict[str, Any]]:
    images = body.get("data")
    return [
        {**image, "type": "image_generation.completed", "created": body.get("created")}
        for image in (images if isinstance(images, list) else ())
        if isinstance(image, dict)
    ]


CHAT: StreamKind[ChatCompletionChunk, ChatCompletion] = StreamKind(
    "chat.completions",
    ChatAccumulator,
    ModelReader("ChatCompletionChunk"),
    ModelReader("ChatCompletion"),
    _one_chunk,
)
COMPLETION: StreamKind[TextCompletion, TextCompletion] = StreamKind(
    "completions",
    lambda: ChatAccumulator(text_completion=True),
    ModelReader("TextCompletion"),
    ModelReader("TextCompletion"),
    _as_is,
)
RESPONSE: StreamKind[ResponseStreamEvent, ResponseObject] = StreamKind(
    "responses",
    ResponsesAccumulator,
    ModelReader("ResponseStreamEvent"),
    ModelReader("ResponseObject"),
    _response_completed,
)
MESSAGE: StreamKind[MessageStreamEvent, AnthropicMessage] = StreamKind(
    "messages",
    MessagesAccumulator,
    ModelReader("MessageStreamEvent"),
    ModelReader("AnthropicMessage"),
    _message_events,
)

IMAGE: StreamKind[Any, ImageGeneration] = StreamKind(
    "images", ImagesAccumulator, _image_event, ModelReader("ImageGeneration"), _image_events
)

ChatStream = Stream["ChatCompletionChunk", "ChatCompletion"]
AsyncChatStream = AsyncStream["ChatCompletionChunk", "ChatCompletion"]
CompletionStream = Stream["TextCompletion", "TextCompletion"]
AsyncCompletionStream = AsyncStream["TextCompletion", "TextCompletion"]
ResponseStream = Stream["ResponseStreamEvent", "ResponseObject"]
AsyncResponseStream = AsyncStream["ResponseStreamEvent", "ResponseObject"]
MessageStream = Stream["MessageStreamEvent", "AnthropicMessage"]
AsyncMessageStream = AsyncStream["MessageStreamEvent", "AnthropicMessage"]
ImageStream = Stream[Any, "ImageGeneration"]
AsyncImageStream = AsyncStream[Any, "ImageGeneration"]
