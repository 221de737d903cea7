"""Content parts for multimodal messages, from a URL, a file path or raw bytes; and a model's
answer as a message to send back.

from openrouter import parts
client.chat.completions.create(model=..., messages=[{"role": "user", "content": [
    parts.text("What is in this picture?"), parts.image("photo.jpg")]}])
messages.append(parts.assistant(completion.choices[0].message))  # a tool round trip
"""

from __future__ import annotations

import base64
import mimetypes
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from openrouter_api.models import ChatCompletionMessage

    from .params import AssistantMessage

__all__ = ["assistant", "audio", "file", "image", "text", "video"]

Source = str | os.PathLike[str] | bytes

_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "data:"))


def _read(source: Source, name: str) -> tuple[bytes, str | None]:
    """The bytes of `source` and a guessed MIME type (from the file name)."""
    if isinstance(source, bytes):
        return source, None
    path = Path(source)
    if not path.is_file():
        raise ValueError(f"{name}: no such file {str(path)!r} (pass a URL, a path or bytes)")
    return path.read_bytes(), mimetypes.guess_type(path.name)[0]


def _sniff_image(data: bytes) -> str | None:
    for magic, mime in _IMAGE_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def text(value: str, *, cache_control: dict[str, Any] | None = None) -> dict[str, Any]:
    """A text part; `cache_control={"type": "ephemeral"}` marks a prompt-cache breakpoint."""
    if not isinstance(value, str):
        raise TypeError(f"text must be a string, got {type(value).__name__}")
    part: dict[str, Any] = {"type": "text", "text": value}
    if cache_control is not None:
        part["cache_control"] = cache_control
    return part


def image(
    source: Source,
    *,
    detail: Literal["auto", "low", "high", "original"] | None = None,
    mime_type: str | None = None,
) -> dict[str, Any]:
    """An image part from an http(s)/data URL, a path, or bytes (sent inline as base64)."""
    if isinstance(source, str) and _is_url(source):
        url = source
    else:
        data, guessed = _read(source, "image")
        mime = mime_type or _sniff_image(data) or guessed
        if mime is None or not mime.startswith("image/"):
            raise ValueError("image: cannot tell the image type; pass mime_type='image/png' or so")
        url = _data_url(data, mime)
    image_url: dict[str, Any] = {"url": url}
    if detail is not None:
        image_url["detail"] = detail
    return {"type": "image_url", "image_url": image_url}


def audio(source: os.PathLike[str] | str | bytes, *, format: str | None = None) -> dict[str, Any]:
    """An input-audio part from a path or bytes (OpenRouter takes base64, not URLs)."""
    if isinstance(source, str) and _is_url(source):
        raise ValueError("audio: URLs are not accepted; pass a path or bytes")
    data, guessed = _read(source, "audio")
    fmt = format
    if fmt is None and not isinstance(source, bytes):
        fmt = Path(source).suffix.lstrip(".").lower() or None
    if fmt is None:
        raise ValueError("audio: pass format= (wav, mp3, flac, m4a, ogg, ...) for raw bytes")
    del guessed
    return {
        "type": "input_audio",
        "input_audio": {"data": base64.b64encode(data).decode("ascii"), "format": fmt},
    }


def file(source: Source, *, filename: str | None = None) -> dict[str, Any]:
    """A file part (PDF and other documents) from a URL, a path, or bytes."""
    if isinstance(source, str) and _is_url(source):
        file_data = source
        name = filename or source.rstrip("/").rsplit("/", 1)[-1] or "document.pdf"
    else:
        data, guessed = _read(source, "file")
        name = filename or (Path(source).name if not isinstance(source, bytes) else "document.pdf")
        file_data = _data_url(data, guessed or mimetypes.guess_type(name)[0] or "application/pdf")
    return {"type": "file", "file": {"filename": name, "file_data": file_data}}


def video(source: Source, *, mime_type: str | None = None) -> dict[str, Any]:
    """A video part from a URL, a path, or bytes (URL support depends on the provider)."""
    if isinstance(source, str) and _is_url(source):
        url = source
    else:
        data, guessed = _read(source, "video")
        url = _data_url(data, mime_type or guessed or "video/mp4")
    return {"type": "video_url", "video_url": {"url": url}}


def assistant(message: ChatCompletionMessage) -> AssistantMessage:
    """The model's answer as the assistant turn of the next request's `messages`.

    It keeps what the next round needs: the text, the tool calls (so the tool results that
    follow can answer them), the refusal, and the reasoning with its details (providers that
    think between tool calls expect their reasoning back).
    """
    turn: AssistantMessage = {"role": "assistant", "content": message.content}
    if message.tool_calls:
        turn["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {
                    "name": call.function.name,
                    "arguments": call.function.arguments or "",
                },
            }
            for call in message.tool_calls
        ]
    if message.refusal:
        turn["refusal"] = message.refusal
    if message.reasoning:
        turn["reasoning"] = message.reasoning
    if message.reasoning_details:
        # Sent back as they came: their shapes are the provider's, one of several variants.
        details: Any = [_plain(detail) for detail in message.reasoning_details]
        turn["reasoning_details"] = details
    return turn


def _plain(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value
