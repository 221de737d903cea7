"""Quirks of real traffic, as "after" faults that reshape a reply the emulator generated.

Real providers stream long reasoning before any text, answer with tool calls and no text at
all, fail after the reasoning, send bursts of keep-alive comments, and drift from the schema:
optional fields missing, lists sent as `null`, variants nobody documented yet. Each quirk here
rewrites a chat stream (or, for keep-alives and drift, any reply) the way such traffic looks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from ._chat import _chunk, reasoning_details
from ._faults import Fault, stream_error_chunk
from ._text import split_chars, split_words
from ._wire import KEEPALIVE, Chunk, Reply, dumps, sse_data

__all__ = ["Drift", "ErrorAfterReasoning", "KeepaliveBursts", "ReasoningFirst", "ToolCallsOnly"]

_CHAT_STREAM = "chat.completion.chunk"
_THOUGHT = "First I weigh what the question asks, then what a good answer needs, and check it."
#: Fields providers often leave out (all optional in OpenRouter's schema).
_OPTIONAL = frozenset(
    {
        "system_fingerprint",
        "native_finish_reason",
        "logprobs",
        "refusal",
        "cost_details",
        "prompt_tokens_details",
        "completion_tokens_details",
        "is_byok",
    }
)
#: Lists that hold the response's structure: never sent as null.
_STRUCTURAL = frozenset({"choices", "data", "messages", "content", "output"})
_UNKNOWN_DETAIL = {"type": "reasoning.from_the_future", "index": 0, "payload": "opaque"}


def _is_chat_stream(reply: Reply) -> bool:
    return reply.streamed and reply.meta.get("object") == _CHAT_STREAM


def _reasoning(meta: Any, words: int) -> list[Chunk]:
    thought = " ".join((_THOUGHT.split() * (words // len(_THOUGHT.split()) + 1))[:words])
    chunks = []
    for piece in split_words(thought, 3):
        delta: dict[str, Any] = {"role": "assistant", "content": "", "reasoning": piece}
        delta["reasoning_details"] = reasoning_details(piece)
        chunks.append(Chunk(_chunk(dict(meta), delta), kind="reasoning"))
    return chunks


def _opening(reply: Reply) -> tuple[list[Chunk], list[Chunk]]:
    """(keep-alives and the role chunk, everything after them)."""
    chunks = list(reply.chunks())
    split = 0
    while split < len(chunks) and chunks[split].kind in ("keepalive", "role"):
        split += 1
    return chunks[:split], chunks[split:]


@dataclass(frozen=True)
class ReasoningFirst(Fault):
    """`words` words of reasoning deltas, then the answer's text as usual."""

    words: int

    def applies_to(self, reply: Reply) -> bool:
        return _is_chat_stream(reply)

    def transform(self, reply: Reply) -> Reply:
        head, rest = _opening(reply)
        return replace(reply, body=(*head, *_reasoning(reply.meta, self.words), *rest))


@dataclass(frozen=True)
class ToolCallsOnly(Fault):
    """No text at all: one tool call (`content: null`), its arguments in pieces, `tool_calls`."""

    name: str
    arguments: str

    def applies_to(self, reply: Reply) -> bool:
        return _is_chat_stream(reply)

    def transform(self, reply: Reply) -> Reply:
        meta = dict(reply.meta)
        head, rest = _opening(reply)
        call_id = f"call_{meta.get('id', 'emulated')[-12:]}"
        function = {"name": self.name, "arguments": ""}
        first = {"index": 0, "id": call_id, "type": "function", "function": function}
        calls = [Chunk(_chunk(meta, {"content": None, "tool_calls": [first]}), kind="content")]
        for piece in split_chars(self.arguments):
            fragment = {"index": 0, "function": {"arguments": piece}}
            calls.append(Chunk(_chunk(meta, {"tool_calls": [fragment]}), kind="content"))
        finish = Chunk(_chunk(meta, {"content": None}, "tool_calls"), kind="finish")
        tail = [c for c in rest if c.kind in ("usage", "done")]
        return replace(reply, body=(*head, *calls, finish, *tail))


@dataclass(frozen=True)
class ErrorAfterReasoning(Fault):
    """`words` words of reasoning, then an in-band error chunk; no text, no `[DONE]`."""

    words: int
    code: int
    message: str

    def applies_to(self, reply: Reply) -> bool:
        return _is_chat_stream(reply)

    def transform(self, reply: Reply) -> Reply:
        head, _ = _opening(reply)
        error = stream_error_chunk(reply.meta, self.code, self.message)
        return replace(reply, body=(*head, *_reasoning(reply.meta, self.words), error))


@dataclass(frozen=True)
class KeepaliveBursts(Fault):
    """`burst` keep-alive comments before every `every`-th data event of a stream."""

    burst: int
    every: int

    def applies_to(self, reply: Reply) -> bool:
        return reply.streamed

    def transform(self, reply: Reply) -> Reply:
        chunks: list[Chunk] = []
        events = 0
        for chunk in reply.chunks():
            if chunk.kind != "keepalive" and chunk.data:
                if events % self.every == 0:
                    chunks.extend(Chunk(KEEPALIVE, kind="keepalive") for _ in range(self.burst))
                events += 1
            chunks.append(chunk)
        return replace(reply, body=tuple(chunks))


def _drift(value: Any, fault: Drift, key: str = "") -> Any:
    if isinstance(value, list):
        if not value and fault.null_lists and key not in _STRUCTURAL:
            return None
        items = [_drift(item, fault) for item in value]
        if fault.unknown_variants and key == "reasoning_details":
            items.append(dict(_UNKNOWN_DETAIL))
        return items
    if not isinstance(value, dict):
        return value
    drifted = {
        name: _drift(item, fault, name)
        for name, item in value.items()
        if not (fault.missing_fields and name in _OPTIONAL)
    }
    if fault.null_lists and ("role" in drifted or "delta" in key or key == "message"):
        for name in ("tool_calls", "annotations"):
            drifted.setdefault(name, None)
    if fault.unknown_variants and key in ("message", "delta"):
        drifted.setdefault("reasoning_details", [dict(_UNKNOWN_DETAIL)])
    if fault.unknown_variants and "object" in drifted:
        drifted["x_emulator_future_field"] = {"added": "later"}
    return drifted


def _drift_sse(data: bytes, fault: Drift) -> bytes:
    if not data.startswith(b"data: {"):
        return data  # keep-alives, [DONE], named events
    return sse_data(_drift(json.loads(data[6:]), fault))


@dataclass(frozen=True)
class Drift(Fault):
    """Schema drift in JSON bodies and stream events: missing optional fields, empty lists as
    `null` (plus `tool_calls`/`annotations: null` in messages), unknown variants and fields."""

    missing_fields: bool
    null_lists: bool
    unknown_variants: bool

    def applies_to(self, reply: Reply) -> bool:
        content_type = dict((k.lower(), v) for k, v in reply.headers).get("content-type", "")
        return reply.status == 200 and ("json" in content_type or reply.streamed)

    def transform(self, reply: Reply) -> Reply:
        if reply.streamed:
            chunks = tuple(replace(c, data=_drift_sse(c.data, self)) for c in reply.chunks())
            return replace(reply, body=chunks)
        body = dumps(_drift(json.loads(reply.content()), self))
        headers = tuple(
            (k, str(len(body)) if k.lower() == "content-length" else v) for k, v in reply.headers
        )
        return replace(reply, headers=headers, body=body)
