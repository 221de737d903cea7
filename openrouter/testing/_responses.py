"""`POST /responses` (OpenAI Responses format): a `response` object, or its typed event stream.

The stream sends `data: {"type": ...}` events: `response.created`, `response.in_progress`, per
output item `response.output_item.added`, its deltas (`response.output_text.delta` or
`response.function_call_arguments.delta`) and `.done` events, then `response.completed` with the
full response and usage, then `data: [DONE]`.
"""

from __future__ import annotations

from typing import Any

from ._answer import Answer, Question, Tool, limit_of
from ._context import Call
from ._text import digest, split_chars, split_words
from ._wire import DONE, Chunk, Reply, error_reply, json_reply, sse_data, stream_reply

__all__ = ["create_response", "responses_question"]


def _message(item: dict[str, Any]) -> dict[str, Any] | None:
    kind = item.get("type", "message")
    if kind == "message" or ("role" in item and kind not in ("function_call",)):
        return {"role": item.get("role", "user"), "content": item.get("content")}
    if kind == "function_call":
        call = {"id": item.get("call_id"), "function": {"name": item.get("name")}}
        return {"role": "assistant", "content": None, "tool_calls": [call]}
    if kind == "function_call_output":
        output = item.get("output")
        return {"role": "tool", "tool_call_id": item.get("call_id"), "content": output}
    return None


def responses_question(body: dict[str, Any]) -> Question | None:
    """The `Question` a Responses request asks (None when `input` is missing)."""
    raw = body.get("input")
    if isinstance(raw, str):
        messages: list[dict[str, Any]] = [{"role": "user", "content": raw}]
    elif isinstance(raw, list) and raw:
        found = (_message(item) for item in raw if isinstance(item, dict))
        messages = [m for m in found if m is not None]
    else:
        return None
    instructions = body.get("instructions")
    if isinstance(instructions, str):
        messages.insert(0, {"role": "system", "content": instructions})
    tools = tuple(
        Tool(t["name"], t.get("parameters"))
        for t in body.get("tools") or ()
        if isinstance(t, dict) and t.get("type") == "function" and isinstance(t.get("name"), str)
    )
    choice = body.get("tool_choice", "auto")
    if isinstance(choice, dict):
        choice = choice.get("name") or "auto"
    text = body.get("text")
    format_ = text.get("format") if isinstance(text, dict) else None
    output = format_.get("type", "text") if isinstance(format_, dict) else "text"
    reasoning = body.get("reasoning")
    wanted = isinstance(reasoning, dict) and (
        reasoning.get("enabled") is not False and reasoning.get("effort") != "none"
    )
    return Question(
        messages=messages,
        tools=tools,
        tool_choice=str(choice),
        max_tokens=limit_of(body, "max_output_tokens"),
        output=str(output),
        schema=format_.get("schema") if isinstance(format_, dict) else None,
        reasoning=wanted,
    )


def _items(answer: Answer, generation_id: str) -> list[dict[str, Any]]:
    suffix = generation_id.rsplit("-", 1)[-1]
    items: list[dict[str, Any]] = []
    if answer.reasoning:
        summary = [{"type": "summary_text", "text": answer.reasoning}]
        items.append({"type": "reasoning", "id": f"rs_{suffix}", "summary": summary})
    for call in answer.tool_calls:
        items.append(
            {
                "type": "function_call",
                "id": f"fc_{digest(call.id, length=20)}",
                "call_id": call.id,
                "name": call.name,
                "arguments": call.arguments,
                "status": "completed",
            }
        )
    if not answer.tool_calls:
        part = {"type": "output_text", "text": answer.content, "annotations": []}
        items.append(
            {
                "type": "message",
                "id": f"msg_{suffix}",
                "status": "completed",
                "role": "assistant",
                "content": [part],
            }
        )
    return items


Event = tuple[str, dict[str, Any]]  # (chunk kind, event without its sequence number)


def _message_events(item: dict[str, Any], where: dict[str, Any], per: int) -> list[Event]:
    part = item["content"][0]
    at = {**where, "content_index": 0}
    events: list[Event] = [
        ("event", {"type": "response.content_part.added", **at, "part": {**part, "text": ""}})
    ]
    for piece in split_words(part["text"], per):
        events.append(("content", {"type": "response.output_text.delta", **at, "delta": piece}))
    events.append(("event", {"type": "response.output_text.done", **at, "text": part["text"]}))
    events.append(("event", {"type": "response.content_part.done", **at, "part": part}))
    return events


def _call_events(item: dict[str, Any], where: dict[str, Any]) -> list[Event]:
    arguments = item["arguments"]
    kind = "response.function_call_arguments"
    events: list[Event] = [
        ("content", {"type": f"{kind}.delta", **where, "delta": piece})
        for piece in split_chars(arguments)
    ]
    events.append(("event", {"type": f"{kind}.done", **where, "arguments": arguments}))
    return events


def _events(response: dict[str, Any], call: Call) -> tuple[Chunk, ...]:
    started = {**response, "status": "in_progress", "output": [], "output_text": ""}
    started.update(usage=None, completed_at=None, incomplete_details=None)
    events: list[Event] = [
        ("event", {"type": "response.created", "response": started}),
        ("event", {"type": "response.in_progress", "response": started}),
    ]
    for index, item in enumerate(response["output"]):
        where = {"item_id": item["id"], "output_index": index}
        opened = dict(item)
        if item["type"] == "message":
            opened.update(status="in_progress", content=[])
        elif item["type"] == "function_call":
            opened.update(status="in_progress", arguments="")
        added = {"type": "response.output_item.added", "output_index": index, "item": opened}
        events.append(("event", added))
        if item["type"] == "message":
            events += _message_events(item, where, call.settings.words_per_chunk)
        elif item["type"] == "function_call":
            events += _call_events(item, where)
        done = {"type": "response.output_item.done", "output_index": index, "item": item}
        events.append(("event", done))
    events.append(("finish", {"type": "response.completed", "response": response}))
    chunks = call.keepalives()
    for number, (kind, event) in enumerate(events):
        chunks.append(Chunk(sse_data({**event, "sequence_number": number}), kind=kind))
    chunks.append(Chunk(DONE, kind="done"))
    return tuple(chunks)


def create_response(call: Call) -> Reply:
    """Handle `POST /responses`."""
    body = call.json_body()
    question = responses_question(body)
    if question is None:
        return error_reply(400, "input: Required (a string or an array of input items)")
    model = call.model()
    if isinstance(model, Reply):
        return model
    stream = body.get("stream") is True
    generation_id, answer, usage = call.answer(model, question, stream=stream)
    incomplete = answer.finish_reason == "length"
    response = {
        "id": generation_id,
        "object": "response",
        "created_at": call.created,
        "completed_at": call.created,
        "model": model.id,
        "status": "incomplete" if incomplete else "completed",
        "output": _items(answer, generation_id),
        "output_text": answer.content,
        "error": None,
        "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
        "max_output_tokens": question.max_tokens,
        "parallel_tool_calls": True,
        "tool_choice": body.get("tool_choice", "auto"),
        "tools": body.get("tools") or [],
        "store": False,
        "usage": usage.responses_json(),
    }
    header = ("x-generation-id", generation_id)
    if stream:
        meta = {"id": generation_id, "model": model.id, "provider": model.provider}
        return stream_reply(_events(response, call), header, meta={**meta, "object": "response"})
    return json_reply(200, response, header)
