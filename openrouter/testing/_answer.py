"""What the emulated model says: one planner shared by chat, completions, responses and messages.

Each API's handler turns its request into a `Question` (messages, tools, limits, output format,
reasoning) and renders the resulting `Answer` in its own format. The rules:

- a `tool` message last: a sentence that quotes the tool's result;
- function tools offered, a user message last and `tool_choice` not `none`: a call of the forced
  tool (or the first one) with arguments built from its JSON schema; with `parallel_tool_calls`
  true and no tool forced, one call of every tool offered;
- `json_schema` / `json_object` output: JSON (required properties filled by type);
- otherwise a short sentence built from the last user message (`answer_for`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ._text import (
    answer_for,
    count_tokens,
    digest,
    prompt_text,
    reasoning_for,
    take_tokens,
    value_for_schema,
)

__all__ = [
    "Answer",
    "Question",
    "Tool",
    "ToolCall",
    "limit_of",
    "native_reason",
    "plan",
    "stops_of",
    "wants_reasoning",
]


@dataclass(frozen=True, slots=True)
class Tool:
    """A function the model may call."""

    name: str
    parameters: Any = None


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A call the model makes."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class Question:
    """The parts of a request that decide the answer, whatever the API format.

    Attributes:
        messages: chat-style messages (`role`, `content`, and `tool_call_id`/`tool_calls`).
        tools: the function tools offered.
        tool_choice: `auto`, `none`, `required`, or the name of a forced function.
        max_tokens: the output limit, if any.
        output: `text`, `json_object` or `json_schema`.
        schema: the JSON schema for `json_schema` output.
        reasoning: whether reasoning was requested.
        show_reasoning: whether the reasoning text is returned (`exclude` hides it).
        stop: stop sequences.
        parallel: `parallel_tool_calls` is true (every tool is called at once).
    """

    messages: list[dict[str, Any]]
    tools: tuple[Tool, ...] = ()
    tool_choice: str = "auto"
    max_tokens: int | None = None
    output: str = "text"
    schema: Any = None
    reasoning: bool = False
    show_reasoning: bool = True
    stop: tuple[str, ...] = field(default=())
    parallel: bool = False


@dataclass(frozen=True, slots=True)
class Answer:
    """The model's answer and its token counts (a token is a word)."""

    content: str
    tool_calls: tuple[ToolCall, ...]
    reasoning: str | None
    reasoning_tokens: int
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int


_NATIVE = {
    "Anthropic": {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use"},
    "Google": {"stop": "STOP", "length": "MAX_TOKENS", "tool_calls": "STOP"},
}


def native_reason(provider: str, finish_reason: str) -> str:
    """The provider's own name for a finish reason (`native_finish_reason`)."""
    return _NATIVE.get(provider, {}).get(finish_reason, finish_reason)


def _tool_result(messages: list[dict[str, Any]]) -> str:
    last = messages[-1]
    result = last.get("content")
    text = result if isinstance(result, str) else json.dumps(result)
    name = "the tool"
    for message in reversed(messages[:-1]):
        for call in message.get("tool_calls") or ():
            if isinstance(call, dict) and call.get("id") == last.get("tool_call_id"):
                function = call.get("function") or {}
                name = str(function.get("name") or call.get("name") or name)
    snippet = text if len(text) <= 200 else text[:197] + "..."
    return f"The {name} tool returned {snippet}; that answers the question."


def _pick_tool(question: Question) -> Tool | None:
    if not question.tools or question.tool_choice == "none":
        return None
    if question.messages and question.messages[-1].get("role") != "user":
        return None
    forced = question.tool_choice not in ("auto", "required", "any")
    if forced:
        chosen = next((t for t in question.tools if t.name == question.tool_choice), None)
        if chosen is not None:
            return chosen
    return question.tools[0]


def plan(question: Question, salt: str) -> Answer:
    """Decide the answer to a question; `salt` makes tool-call ids unique per call."""
    everything, last_user = prompt_text(question.messages)
    prompt_tokens = max(1, count_tokens(everything))
    reasoning_text = reasoning_for(last_user) if question.reasoning else None
    reasoning_tokens = count_tokens(reasoning_text) if reasoning_text else 0
    shown = reasoning_text if question.show_reasoning else None

    tool = _pick_tool(question)
    if tool is not None:
        forced = question.tool_choice not in ("auto", "required", "any")
        chosen = question.tools if question.parallel and not forced else (tool,)
        calls = []
        completion = reasoning_tokens
        for each in chosen:
            arguments = json.dumps(value_for_schema(each.parameters or {}, last_user))
            call_id = "call_" + digest(salt, each.name, length=24)
            calls.append(ToolCall(call_id, each.name, arguments))
            completion += count_tokens(f"{each.name} {arguments}")
        return Answer(
            "", tuple(calls), shown, reasoning_tokens, "tool_calls", prompt_tokens, completion
        )

    if question.messages and question.messages[-1].get("role") == "tool":
        content = _tool_result(question.messages)
    elif question.output == "json_schema":
        content = json.dumps(value_for_schema(question.schema or {}, last_user))
    elif question.output == "json_object":
        content = json.dumps({"answer": answer_for(last_user)})
    else:
        content = answer_for(last_user)

    finish = "stop"
    for stop in question.stop:
        if stop and stop in content:
            content = content[: content.index(stop)]
    if question.max_tokens is not None and count_tokens(content) > question.max_tokens:
        content = take_tokens(content, max(0, question.max_tokens))
        finish = "length"
    completion = count_tokens(content) + reasoning_tokens
    return Answer(content, (), shown, reasoning_tokens, finish, prompt_tokens, completion)


def wants_reasoning(body: dict[str, Any]) -> tuple[bool, bool]:
    """(requested, shown) from chat-style `reasoning`, `reasoning_effort`, `include_reasoning`."""
    reasoning = body.get("reasoning")
    requested = False
    shown = True
    if isinstance(reasoning, dict):
        requested = reasoning.get("enabled") is not False and reasoning.get("effort") != "none"
        shown = reasoning.get("exclude") is not True
    effort = body.get("reasoning_effort")
    if isinstance(effort, str) and effort != "none":
        requested = True
    include = body.get("include_reasoning")
    if include is True:
        requested = True
    elif include is False:
        shown = False
    return requested, shown


def limit_of(body: dict[str, Any], *names: str) -> int | None:
    """The first integer among `names` in the body (output token limits)."""
    for name in names:
        value = body.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def stops_of(value: Any) -> tuple[str, ...]:
    """Stop sequences from a string or a list."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return ()
