"""The emulator's answers for structured outputs, parallel tool calls and per-model latency."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from openrouter.testing import FakeOpenRouter
from openrouter.testing._core import model_speed
from openrouter.testing._text import value_for_schema
from tests.test_emulator_support import client

MODEL = "openai/gpt-4o-mini"
ASK = [{"role": "user", "content": "Plan a tree of tasks for Paris"}]
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
    response_format = {
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


def _first_token(fake: FakeOpenRouter, model: str) -> float:
    with client(fake) as c:
        c.chat.completions.create(model=model, messages=ASK)  # loads the models once
        started = time.perf_counter()
        with c.chat.completions.create(model=model, messages=ASK, stream=True) as stream:
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    return time.perf_counter() - started
    raise AssertionError("no content")


def test_latency_is_per_model_and_off_by_default() -> None:
    assert model_speed("openai/gpt-4o-mini") == 4 and model_speed("anthropic/claude-sonnet-4") == 1
    paced = FakeOpenRouter(latency=0.05)  # first tokens after 0.2 s and 0.05 s
    assert _first_token(paced, "openai/gpt-4o-mini") >= 0.2
    assert 0.05 <= _first_token(paced, "anthropic/claude-sonnet-4") < 0.2
    assert _first_token(FakeOpenRouter(), "openai/gpt-4o-mini") < 0.05
    with client(paced) as c:  # a whole answer waits too
        started = time.perf_counter()
        c.chat.completions.create(model="anthropic/claude-sonnet-4", messages=ASK)
        assert time.perf_counter() - started >= 0.1
