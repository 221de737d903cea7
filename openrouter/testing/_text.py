"""Deterministic "model output": answers, token counts, JSON from a schema, embedding vectors.

Everything here is a pure function of its input, so the same prompt always gives the same answer
and tests can predict token counts. A token is a whitespace-separated word (`count_tokens`).
"""

from __future__ import annotations

import hashlib
import math
import re
import struct
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "answer_for",
    "count_tokens",
    "digest",
    "embedding_for",
    "prompt_text",
    "reasoning_for",
    "split_chars",
    "split_words",
    "take_tokens",
    "value_for_schema",
]

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'_-]*")
_OPENERS = (
    "Here is a short answer about",
    "A brief note on",
    "Thinking about",
    "Regarding",
)
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def digest(*parts: object, length: int = 20) -> str:
    """A stable alphanumeric hash of `parts` (for ids that look like OpenRouter's)."""
    raw = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    number = int.from_bytes(raw, "big")
    out: list[str] = []
    while len(out) < length:
        number, index = divmod(number, len(_ALPHABET))
        out.append(_ALPHABET[index])
    return "".join(out)


def count_tokens(text: str) -> int:
    """The emulator's token count: whitespace-separated words."""
    return len(text.split())


def take_tokens(text: str, limit: int) -> str:
    """The first `limit` tokens of `text`, keeping the original spacing between them."""
    pieces = re.findall(r"\S+\s*", text)
    return "".join(pieces[:limit]).rstrip()


def split_words(text: str, per_piece: int = 3) -> list[str]:
    """Split `text` into pieces of a few words (stream deltas); joined they give `text` back."""
    pieces = re.findall(r"\s*\S+", text)
    return ["".join(pieces[i : i + per_piece]) for i in range(0, len(pieces), per_piece)]


def split_chars(text: str, size: int = 12) -> list[str]:
    """Split `text` into pieces of `size` characters (tool-call argument deltas)."""
    return [text[i : i + size] for i in range(0, len(text), size)]


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, Sequence):
        texts = []
        for part in content:
            if isinstance(part, Mapping):
                value = part.get("text")
                if isinstance(value, str):
                    texts.append(value)
            elif isinstance(part, str):
                texts.append(part)
        return " ".join(texts)
    return ""


def prompt_text(messages: Any) -> tuple[str, str]:
    """(all text of the conversation, the text of the last user message) for chat messages.

    When there is no user message the last message with any text stands in for it.
    """
    if not isinstance(messages, Sequence) or isinstance(messages, str):
        return _text_of(messages), _text_of(messages)
    texts: list[str] = []
    last_user = ""
    last_any = ""
    for message in messages:
        if not isinstance(message, Mapping):
            continue
        text = _text_of(message.get("content"))
        if text:
            texts.append(text)
            last_any = text
            if message.get("role") == "user":
                last_user = text
    return " ".join(texts), last_user or last_any


def answer_for(prompt: str) -> str:
    """A short sentence built from the prompt's words; the same prompt gives the same answer."""
    words = _WORD.findall(prompt)
    if not words:
        return "Hello! This is the OpenRouter emulator; ask me anything."
    opener = _OPENERS[int(digest(prompt, length=4), 36) % len(_OPENERS)]
    topic = " ".join(words[-8:])
    return f"{opener} {topic}: this reply comes from the OpenRouter emulator."


def reasoning_for(prompt: str) -> str:
    """Deterministic reasoning text for a prompt."""
    words = _WORD.findall(prompt)
    topic = " ".join(words[:6]) or "the request"
    return f"The user asks about {topic}. I will answer briefly and clearly."


def last_word(prompt: str) -> str:
    """The last word of a prompt (string arguments for tool calls), or `example`."""
    words = _WORD.findall(prompt)
    return words[-1] if words else "example"


def _resolve(schema: Any, root: Mapping[str, Any]) -> Any:
    seen = 0
    while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str) and seen < 32:
        target: Any = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        schema = target
        seen += 1
    return schema


def value_for_schema(
    schema: Any, text: str = "", *, root: Mapping[str, Any] | None = None, depth: int = 0
) -> Any:
    """A value that satisfies a JSON schema: required properties filled by type.

    When an object schema lists no required properties, all its properties are filled. Strings
    take the last word of `text` (so `{"city": ...}` for "weather in Paris" gets "Paris").
    """
    root = root if root is not None else (schema if isinstance(schema, Mapping) else {})
    schema = _resolve(schema, root)
    if not isinstance(schema, Mapping) or depth > 8:
        return None
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    for key in ("anyOf", "oneOf", "allOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            typed = [o for o in options if _resolve(o, root).get("type") != "null"]
            if depth > 3 and len(typed) < len(options):
                return None  # nullable, deep inside: stop here (recursive schemas)
            typed = typed or options
            return value_for_schema(typed[0], text, root=root, depth=depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties")
        properties = properties if isinstance(properties, Mapping) else {}
        required = schema.get("required")
        names = [n for n in required if n in properties] if isinstance(required, list) else []
        names = names or list(properties)
        return {
            name: value_for_schema(properties[name], text, root=root, depth=depth + 1)
            for name in names
        }
    if kind == "array":
        fixed = schema.get("prefixItems")
        if isinstance(fixed, list):  # a tuple: one value per position
            return [value_for_schema(s, text, root=root, depth=depth + 1) for s in fixed]
        least = int(schema.get("minItems", 0))
        count = max(least, 1 if depth <= 3 else 0)  # one item near the top, then the fewest
        if not count:
            return []
        item = value_for_schema(schema.get("items", {}), text, root=root, depth=depth + 1)
        return [item for _ in range(count)]
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return float(max(1.0, float(schema.get("minimum", 1.0))))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "string":
        return _FORMATS.get(str(schema.get("format")), last_word(text))
    return last_word(text)


#: A valid example of each JSON Schema string format a structured-output schema may ask for.
_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "time": "12:00:00",
    "email": "a@b.co",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.org/",
}


def embedding_for(value: Any, dimensions: int) -> list[float]:
    """A deterministic unit vector of `dimensions` floats derived from a hash of `value`."""
    seed = repr(value).encode("utf-8")
    numbers: list[float] = []
    counter = 0
    while len(numbers) < dimensions:
        block = hashlib.sha256(seed + struct.pack(">I", counter)).digest()
        numbers.extend((b - 127.5) / 127.5 for b in block)
        counter += 1
    vector = numbers[:dimensions]
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [round(x / norm, 6) for x in vector]
