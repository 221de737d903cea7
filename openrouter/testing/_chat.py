"""`POST /chat/completions`: a completion object, or the event stream as OpenRouter sends it.

A stream is: keep-alive comment(s), a role chunk, reasoning and content chunks (a few words
each) or tool-call fragments, a finish chunk, a usage chunk with `"choices": []`, `data: [DONE]`.
"""

from __future__ import annotations

from typing import Any

from ._answer import (
    Answer,
    Question,
    Tool,
    limit_of,
    native_reason,
    stops_of,
    wants_reasoning,
)
from ._billing import Usage
from ._catalogue import CatalogueModel
from ._context import Call
from ._text import split_chars, split_words
from ._wire import DONE, Chunk, Reply, error_reply, json_reply, sse_data, stream_reply

__all__ = ["chat_completion", "chat_question", "reasoning_details"]


def _tools(body: dict[str, Any]) -> tuple[Tool, ...]:
    tools = []
    for tool in body.get("tools") or ():
        if not isinstance(tool, dict) or tool.get("type", "function") != "function":
            continue
        function = tool.get("function")
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            tools.append(Tool(function["name"], function.get("parameters")))
    return tuple(tools)


def _tool_choice(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        function = value.get("function")
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            return str(function["name"])
    return "auto"


def chat_question(body: dict[str, Any], messages: list[dict[str, Any]]) -> Question:
    """The `Question` a chat-format request asks."""
    response_format = body.get("response_format")
    output, schema = "text", None
    if isinstance(response_format, dict):
        kind = response_format.get("type")
        if kind == "json_schema":
            spec = response_format.get("json_schema")
            output, schema = "json_schema", spec.get("schema") if isinstance(spec, dict) else {}
        elif kind == "json_object":
            output = "json_object"
    reasoning, shown = wants_reasoning(body)
    return Question(
        messages=messages,
        tools=_tools(body),
        tool_choice=_tool_choice(body.get("tool_choice")),
        max_tokens=limit_of(body, "max_completion_tokens", "max_tokens"),
        output=output,
        schema=schema,
        reasoning=reasoning,
        show_reasoning=shown,
        stop=stops_of(body.get("stop")),
        parallel=body.get("parallel_tool_calls") is True,
    )


def reasoning_details(text: str) -> list[dict[str, Any]]:
    """`reasoning_details` for plain reasoning text."""
    return [{"type": "reasoning.text", "text": text, "index": 0, "format": "unknown"}]


def _message(answer: Answer) -> dict[str, Any]:
    message: dict[str, Any] = {
        "role": "assistant",
        "content": answer.content,
        "refusal": None,
        "reasoning": answer.reasoning,
    }
    if answer.reasoning:
        message["reasoning_details"] = reasoning_details(answer.reasoning)
    if answer.tool_calls:
        message["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in answer.tool_calls
        ]
    return message


def _chunk(head: dict[str, Any], delta: dict[str, Any], finish: str | None = None) -> bytes:
    native = native_reason(head["provider"], finish) if finish else None
    choice = {
        "index": 0,
        "delta": delta,
        "finish_reason": finish,
        "native_finish_reason": native,
        "logprobs": None,
    }
    return sse_data({**head, "choices": [choice]})


def _stream(head: dict[str, Any], answer: Answer, usage: Usage, call: Call) -> tuple[Chunk, ...]:
    per = call.settings.words_per_chunk
    chunks = call.keepalives()
    chunks.append(Chunk(_chunk(head, {"role": "assistant", "content": ""}), kind="role"))
    for piece in split_words(answer.reasoning or "", per):
        delta: dict[str, Any] = {"role": "assistant", "content": "", "reasoning": piece}
        delta["reasoning_details"] = reasoning_details(piece)
        chunks.append(Chunk(_chunk(head, delta), kind="content"))
    for piece in split_words(answer.content, per):
        chunks.append(Chunk(_chunk(head, {"role": "assistant", "content": piece}), kind="content"))
    for index, call_ in enumerate(answer.tool_calls):
        function = {"name": call_.name, "arguments": ""}
        first = {"index": index, "id": call_.id, "type": "function", "function": function}
        chunks.append(Chunk(_chunk(head, {"tool_calls": [first]}), kind="content"))
        for piece in split_chars(call_.arguments):
            fragment = {"index": index, "function": {"arguments": piece}}
            chunks.append(Chunk(_chunk(head, {"tool_calls": [fragment]}), kind="content"))
    finish = _chunk(head, {"role": "assistant", "content": ""}, answer.finish_reason)
    chunks.append(Chunk(finish, kind="finish"))
    usage_chunk = sse_data({**head, "choices": [], "usage": usage.chat_json()})
    chunks.append(Chunk(usage_chunk, kind="usage"))
    chunks.append(Chunk(DONE, kind="done"))
    return tuple(chunks)


def _messages(body: dict[str, Any]) -> list[dict[str, Any]] | None:
    messages = body.get("messages")
    if isinstance(messages, list) and messages:
        return [m for m in messages if isinstance(m, dict)]
    prompt = body.get("prompt")  # the overview guide allows `prompt` instead of `messages`
    if isinstance(prompt, str):
        return [{"role": "user", "content": prompt}]
    return None


def respond(call: Call, model: CatalogueModel, question: Question, stream: bool) -> Reply:
    """Answer a chat-format question with a completion or a stream."""
    generation_id, answer, usage = call.answer(model, question, stream=stream)
    head = {
        "id": generation_id,
        "provider": model.provider,
        "model": model.id,
        "object": "chat.completion.chunk",
        "created": call.created,
        "system_fingerprint": None,
    }
    header = ("x-generation-id", generation_id)
    if stream:
        return stream_reply(_stream(head, answer, usage, call), header, meta=head)
    choice = {
        "index": 0,
        "finish_reason": answer.finish_reason,
        "native_finish_reason": native_reason(model.provider, answer.finish_reason),
        "logprobs": None,
        "message": _message(answer),
    }
    completion = {**head, "object": "chat.completion", "choices": [choice]}
    completion["usage"] = usage.chat_json()
    return json_reply(200, completion, header)


def chat_completion(call: Call) -> Reply:
    """Handle `POST /chat/completions`."""
    body = call.json_body()
    messages = _messages(body)
    if messages is None:
        return error_reply(400, "messages: Required (a non-empty array of messages)")
    model = call.model()
    if isinstance(model, Reply):
        return model
    return respond(call, model, chat_question(body, messages), body.get("stream") is True)
