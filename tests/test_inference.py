"""Keyword `create` for text completions, responses, messages and embeddings."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.conftest import Twin
from tests.fakes import Script
from tests.operation_calls import assert_round_trips, spec_operation


def _example(operation_id: str) -> Any:
    _, _, op = spec_operation(operation_id)
    return op["responses"]["200"]["content"]["application/json"]["example"]


CASES = [
    (
        "completions",
        "create_completion",
        {"model": "openai/gpt-3.5-turbo-instruct", "prompt": "Once upon", "max_tokens": 5},
        "/api/v1/completions",
    ),
    (
        "responses",
        "create_response",
        {"model": "openai/gpt-4o-mini", "input": "Hello", "max_output_tokens": 20},
        "/api/v1/responses",
    ),
    (
        "messages",
        "create_message",
        {
            "model": "anthropic/claude-3.5-haiku",
            "max_tokens": 64,
            "messages": [{"role": "user", "content": "Hello"}],
        },
        "/api/v1/messages",
    ),
    (
        "embeddings",
        "create_embeddings",
        {"model": "openai/text-embedding-3-small", "input": ["a", "b"]},
        "/api/v1/embeddings",
    ),
]


@pytest.mark.parametrize(("resource", "operation_id", "kwargs", "path"), CASES)
def test_create_sends_keywords_and_parses_the_result(
    twin: Twin, resource: str, operation_id: str, kwargs: dict[str, Any], path: str
) -> None:
    script = Script([httpx.Response(200, json=_example(operation_id))])
    result = twin.call(twin.client(script), lambda c: getattr(c, resource).create(**kwargs))
    assert script.requests[0].url.path == path
    assert json.loads(script.requests[0].content) == kwargs
    assert hasattr(result, "to_dict")
    assert_round_trips(result)


@pytest.mark.parametrize(
    ("resource", "kwargs", "error", "name"),
    [
        ("completions", {"model": "m"}, TypeError, "prompt"),
        ("responses", {"model": "m", "input": ""}, ValueError, "input"),
        (
            "messages",
            {"model": "m", "messages": [{"role": "system", "content": "x"}]},
            ValueError,
            "role",
        ),
        ("messages", {"messages": [{"role": "user", "content": "x"}]}, TypeError, "model"),
        ("embeddings", {"model": "m"}, TypeError, "input"),
        ("embeddings", {"model": "m", "input": "x", "dimensions": 0}, ValueError, "dimensions"),
        # the parameters shared with chat are checked as strictly as chat checks them
        ("responses", {"model": "m", "input": "x", "plugins": "web"}, TypeError, "plugins"),
        ("responses", {"model": "m", "input": "x", "tools": ["t"]}, TypeError, r"tools\[0\]"),
        ("responses", {"model": "m", "input": "x", "metadata": {"k": 1}}, TypeError, "metadata"),
        ("completions", {"model": "m", "prompt": "x", "logprobs": 25}, ValueError, "logprobs"),
        (
            "messages",
            {
                "model": "m",
                "max_tokens": 5,
                "messages": [{"role": "user", "content": "x"}],
                "tools": {},
            },
            TypeError,
            "tools",
        ),
    ],
)
def test_bad_input_is_rejected_before_sending(
    twin: Twin, resource: str, kwargs: dict[str, Any], error: type[Exception], name: str
) -> None:
    script = Script([])
    with pytest.raises(error, match=name):
        twin.call(twin.client(script), lambda c: getattr(c, resource).create(**kwargs))
    assert script.requests == []
