"""`POST /messages` (Anthropic Messages format): a message object, or Anthropic's named events.

The stream is `event: message_start`, `event: ping`, then per content block
`content_block_start`, `content_block_delta` (`text_delta`, `thinking_delta` or
`input_json_delta`) and `content_block_stop`, then `message_delta` (stop reason and usage with
cost) and `message_stop`. Each event is `event: <name>` plus `data: <json>`.
"""

from __future__ import annotations

import json
from typing import Any

from ._answer import Answer, Question, Tool, limit_of, native_reason, stops_of
from ._billing import Usage
from ._context import Call
from ._text import digest, split_chars, split_words
from ._wire import Chunk, Reply, error_reply, json_reply, sse_event, stream_reply

__all__ = ["create_message", "messages_question"]


def _convert(message: dict[str, Any]) -> list[dict[str, Any]]:
    content = message.get("content")
    role = message.get("role", "user")
    if not isinstance(content, list):
        return [{"role": role, "content": content}]
    out: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    calls: list[dict[str, Any]] = []
    for block in content:
        if not isinstance(block, dict):
            continue
        kind = block.get("type")
        if kind == "tool_result":
            result = block.get("content")
            if isinstance(result, list):
                result = " ".join(str(b.get("text", "")) for b in result if isinstance(b, dict))
            out.append(
                {"role": "tool", "tool_call_id": block.get("tool_use_id"), "content": result}
            )
        elif kind == "tool_use":
            calls.append({"id": block.get("id"), "function": {"name": block.get("name")}})
        elif kind == "text":
            texts.append(block)
    if texts or calls:
        converted: dict[str, Any] = {"role": role, "content": texts}
        if calls:
            converted["tool_calls"] = calls
        out.insert(0, converted)
    return out


def messages_question(body: dict[str, Any]) -> Question | None:
    """The `Question` an Anthropic-format request asks (None when `messages` is missing)."""
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        return None
    messages = [m for item in raw if isinstance(item, dict) for m in _convert(item)]
    system = body.get("system")
    if system:
        messages.insert(0, {"role": "system", "content": system})
    tools = tuple(
        Tool(t["name"], t.get("input_schema"))
        for t in body.get("tools") or ()
        if isinstance(t, dict) and isinstance(t.get("name"), str) and "input_schema" in t
    )
    choice = body.get("tool_choice")
    forced = "auto"
    if isinstance(choice, dict):
        kind = choice.get("type")
        forced = (
            str(choice.get("name"))
            if kind == "tool"
            else {"any": "required"}.get(str(kind), str(kind or "auto"))
        )
    thinking = body.get("thinking")
    wants = isinstance(thinking, dict) and thinking.get("type") in ("enabled", "adaptive")
    return Question(
        messages=messages,
        tools=tools,
        tool_choice=forced,
        max_tokens=limit_of(body, "max_tokens"),
        reasoning=wants,
        stop=stops_of(body.get("stop_sequences")),
    )


def _blocks(answer: Answer) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    if answer.reasoning:
        signature = digest(answer.reasoning, length=32)
        blocks.append({"type": "thinking", "thinking": answer.reasoning, "signature": signature})
    for call in answer.tool_calls:
        tool_id = "toolu_" + call.id.removeprefix("call_")
        arguments = json.loads(call.arguments)
        blocks.append({"type": "tool_use", "id": tool_id, "name": call.name, "input": arguments})
    if not answer.tool_calls:
        blocks.append({"type": "text", "text": answer.content})
    return blocks


def _block_deltas(block: dict[str, Any], per: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The `content_block_start` block and the deltas that fill it."""
    kind = block["type"]
    if kind == "text":
        pieces = split_words(block["text"], per)
        return {"type": "text", "text": ""}, [{"type": "text_delta", "text": p} for p in pieces]
    if kind == "thinking":
        pieces = split_words(block["thinking"], per)
        deltas = [{"type": "thinking_delta", "thinking": p} for p in pieces]
        deltas.append({"type": "signature_delta", "signature": block["signature"]})
        return {"type": "thinking", "thinking": "", "signature": ""}, deltas
    text = json.dumps(block["input"])
    deltas = [{"type": "input_json_delta", "partial_json": p} for p in split_chars(text)]
    return {**block, "input": {}}, deltas


def _events(message: dict[str, Any], usage: Usage, call: Call) -> tuple[Chunk, ...]:
    chunks = call.keepalives()

    def emit(kind: str, name: str, data: dict[str, Any]) -> None:
        chunks.append(Chunk(sse_event(name, {"type": name, **data}), kind=kind))

    opening = {**message, "content": [], "stop_reason": None, "stop_sequence": None}
    opening["usage"] = {"input_tokens": usage.prompt_tokens, "output_tokens": 0}
    emit("role", "message_start", {"message": opening})
    emit("event", "ping", {})
    per = call.settings.words_per_chunk
    for index, block in enumerate(message["content"]):
        start, deltas = _block_deltas(block, per)
        emit("event", "content_block_start", {"index": index, "content_block": start})
        for delta in deltas:
            emit("content", "content_block_delta", {"index": index, "delta": delta})
        emit("event", "content_block_stop", {"index": index})
    stop = {"stop_reason": message["stop_reason"], "stop_sequence": None}
    emit("finish", "message_delta", {"delta": stop, "usage": usage.messages_json()})
    emit("done", "message_stop", {})
    return tuple(chunks)


def create_message(call: Call) -> Reply:
    """Handle `POST /messages`."""
    body = call.json_body()
    question = messages_question(body)
    if question is None:
        return error_reply(400, "messages: Required (a non-empty array of messages)")
    model = call.model()
    if isinstance(model, Reply):
        return model
    stream = body.get("stream") is True
    generation_id, answer, usage = call.answer(model, question, stream=stream)
    message = {
        "id": generation_id,
        "type": "message",
        "role": "assistant",
        "content": _blocks(answer),
        "model": model.id,
        "stop_reason": native_reason("Anthropic", answer.finish_reason),
        "stop_sequence": None,
        "usage": usage.messages_json(),
        "provider": model.provider,
    }
    header = ("x-generation-id", generation_id)
    if stream:
        meta = {"id": generation_id, "model": model.id, "provider": model.provider}
        return stream_reply(
            _events(message, usage, call), header, meta={**meta, "object": "message"}
        )
    return json_reply(200, message, header)
