"""The emulator's answers for structured outputs, parallel tool calls and per-model latency."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from openrouter.params import ChatMessage, ResponseFormatJsonSchema
from openrouter.testing import Chunk, FakeOpenRouter, Reply
from openrouter.testing._core import model_speed, paced
from openrouter.testing._text import value_for_schema
from tests.test_emulator_support import client

MODEL = "openai/gpt-4o-mini"
ASK: list[ChatMessage] = [{"role": "user", "content": "Plan a tree of tasks for Paris"}]
TREE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "due": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
        "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
        "span": {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}]},
    },
    "required": ["title", "due", "children", "span"],
    "additionalProperties": False,
    "$defs": {
        "Node": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "next": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]},
                "kids": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
            },
            "required": ["name", "next", "kids"],
            "additionalProperties": False,
        }
    },
}


def test_json_for_a_recursive_schema_is_finite_and_valid() -> None:
    value = value_for_schema(TREE, "Paris")
    Draft202012Validator(TREE).validate(value)
    assert len(json.dumps(value)) < 2000


def test_a_json_schema_request_is_answered_with_valid_json(fake: FakeOpenRouter) -> None:
    response_format: ResponseFormatJsonSchema = {
        "type": "json_schema",
        "json_schema": {"name": "t", "strict": True, "schema": TREE},
    }
    with client(fake) as c:
        completion = c.chat.completions.create(
            model=MODEL, messages=ASK, response_format=response_format
        )
    Draft202012Validator(TREE).validate(json.loads(completion.choices[0].message.content or ""))


def _tool(name: str) -> dict[str, Any]:
    parameters = {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    }
    return {"type": "function", "function": {"name": name, "parameters": parameters}}


@pytest.mark.parametrize(("parallel", "names"), [(True, ["a", "b"]), (False, ["a"]), (None, ["a"])])
def test_parallel_tool_calls_call_every_offered_tool(
    fake: FakeOpenRouter, parallel: bool | None, names: list[str]
) -> None:
    options: dict[str, Any] = {} if parallel is None else {"parallel_tool_calls": parallel}
    with client(fake) as c:
        completion = c.chat.completions.create(
            model=MODEL, messages=ASK, tools=[_tool("a"), _tool("b")], **options
        )
    calls = completion.choices[0].message.tool_calls or []
    assert [call.function.name for call in calls] == names
    assert len({call.id for call in calls}) == len(calls)


def test_a_forced_tool_is_the_only_call_even_in_parallel(fake: FakeOpenRouter) -> None:
    with client(fake) as c:
        completion = c.chat.completions.create(
            model=MODEL,
            messages=ASK,
            tools=[_tool("a"), _tool("b")],
            tool_choice={"type": "function", "function": {"name": "b"}},
            parallel_tool_calls=True,
        )
    assert [c.function.name for c in completion.choices[0].message.tool_calls or []] == ["b"]


def test_latency_is_per_model_and_off_by_default() -> None:
    # The emulator paces an answer by delaying its chunks (the fake transports sleep that long):
    # the first token waits `latency` x the model's speed factor, each later one a quarter of
    # that, and a whole (non-streamed) answer twice the first-token wait.
    assert model_speed("openai/gpt-4o-mini") == 4 and model_speed("anthropic/claude-sonnet-4") == 1
    stream = Reply(
        200,
        body=(
            Chunk(b"role", kind="role"),
            Chunk(b"a", kind="content"),
            Chunk(b"b", kind="content"),
            Chunk(b"stop", kind="finish"),
            Chunk(b"[DONE]", kind="done"),
        ),
    )
    slow = [c.delay for c in paced(stream, "openai/gpt-4o-mini", 0.05).chunks()]
    fast = [c.delay for c in paced(stream, "anthropic/claude-sonnet-4", 0.05).chunks()]
    assert slow == pytest.approx([0, 0.2, 0.05, 0.05, 0])
    assert fast == pytest.approx([0, 0.05, 0.0125, 0.0125, 0])
    whole = paced(Reply(200, body=b"{}"), "anthropic/claude-sonnet-4", 0.05)
    assert [c.delay for c in whole.chunks()] == pytest.approx([0.1])
    assert FakeOpenRouter().latency == 0  # off by default
