"""Responses, Anthropic Messages and embeddings from the emulator, plain and streamed."""

from __future__ import annotations

import base64
import json
import math
import struct
from typing import Any

import httpx
from openrouter_api.models import AnthropicTextBlock, ResponseOutputMessage, ResponseOutputText

from openrouter.testing import FakeOpenRouter
from tests.test_emulator_support import (
    AUTH,
    assert_valid,
    async_client,
    client,
    data_events,
    dec,
    raw,
    sse,
)
from tests.typed import present

MODEL = "openai/gpt-4o-mini"
CLAUDE = "anthropic/claude-3.5-haiku"


def _post(fake: FakeOpenRouter, path: str, body: dict[str, Any]) -> httpx.Response:
    with raw(fake) as http:
        response = http.post(path, json=body, headers=AUTH)
        response.read()
        return response


def test_responses_plain(fake: FakeOpenRouter) -> None:
    result = client(fake).responses.create(model=MODEL, input="Summarise the Odyssey")
    assert result.status == "completed" and "Odyssey" in present(result.output_text)
    message = result.output[0]
    assert isinstance(message, ResponseOutputMessage) and message.type == "message"
    first = message.content[0]
    assert isinstance(first, ResponseOutputText) and first.text == result.output_text
    usage = present(result.usage)
    price = fake.model(MODEL)
    expected = usage.input_tokens * price.price("prompt") + usage.output_tokens * price.price(
        "completion"
    )
    assert dec(usage.cost) == expected
    body = _post(fake, "/responses", {"model": MODEL, "input": "Summarise the Odyssey"}).json()
    assert_valid("ResponseObject", body)
    assert body["output_text"] == result.output_text


def test_responses_function_call_and_its_output(fake: FakeOpenRouter) -> None:
    tool = {
        "type": "function",
        "name": "lookup",
        "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
    }
    body = {"model": MODEL, "input": "Find Ithaca", "tools": [tool]}
    first = _post(fake, "/responses", body).json()
    assert_valid("ResponseObject", first)
    call = first["output"][0]
    assert call["type"] == "function_call" and json.loads(call["arguments"]) == {"q": "Ithaca"}
    follow = [
        {"role": "user", "content": "Find Ithaca"},
        call,
        {"type": "function_call_output", "call_id": call["call_id"], "output": "an island"},
    ]
    second = _post(fake, "/responses", {**body, "input": follow}).json()
    assert "an island" in second["output_text"]


def test_a_responses_stream_sends_typed_events(fake: FakeOpenRouter) -> None:
    body = {"model": MODEL, "input": "Write a haiku about rain", "stream": True}
    response = _post(fake, "/responses", body)
    text = response.text
    assert text.startswith(": OPENROUTER PROCESSING\n\n") and text.endswith("data: [DONE]\n\n")
    events = data_events(text)[:-1]
    types = [e["type"] for e in events]
    assert types[:3] == ["response.created", "response.in_progress", "response.output_item.added"]
    assert types[-1] == "response.completed"
    assert "response.output_text.done" in types
    for event in events:
        assert_valid("ResponseStreamEvent", event)
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    deltas = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    completed = events[-1]["response"]
    assert deltas == completed["output_text"] and completed["usage"]["cost"] > 0
    assert response.headers["x-generation-id"] == completed["id"]


def test_messages_plain(fake: FakeOpenRouter) -> None:
    result = client(fake).messages.create(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "Hello Claude"}]
    )
    assert result.type == "message" and result.stop_reason == "end_turn"
    block = result.content[0]
    assert isinstance(block, AnthropicTextBlock) and "Claude" in block.text
    assert present(result.usage).input_tokens == 2 and present(present(result.usage).cost) > 0
    body = _post(
        fake, "/messages", {"model": CLAUDE, "messages": [{"role": "user", "content": "Hi"}]}
    ).json()
    assert_valid("AnthropicMessage", body)


def test_messages_tool_use_and_thinking(fake: FakeOpenRouter) -> None:
    tool = {
        "name": "search",
        "input_schema": {
            "type": "object",
            "properties": {"query": {"type": "string"}},
            "required": ["query"],
        },
    }
    body: dict[str, Any] = {
        "model": "anthropic/claude-sonnet-4",
        "max_tokens": 1000,
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Search Troy"}]}],
        "tools": [tool],
        "thinking": {"type": "enabled", "budget_tokens": 1024},
    }
    result = _post(fake, "/messages", body).json()
    assert_valid("AnthropicMessage", result)
    kinds = [block["type"] for block in result["content"]]
    assert kinds == ["thinking", "tool_use"] and result["stop_reason"] == "tool_use"
    use = result["content"][1]
    assert use["input"] == {"query": "Troy"}
    body["messages"] += [
        {"role": "assistant", "content": [use]},
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": use["id"], "content": "a city"}],
        },
    ]
    again = _post(fake, "/messages", body).json()
    assert "a city" in again["content"][-1]["text"]


def test_a_messages_stream_sends_anthropic_named_events(fake: FakeOpenRouter) -> None:
    body = {"model": CLAUDE, "messages": [{"role": "user", "content": "Tell a joke"}]}
    text = _post(fake, "/messages", {**body, "stream": True}).text
    events = [(name, data) for name, data in sse(text) if name != "comment"]
    names = [name for name, _ in events]
    assert names[:2] == ["message_start", "ping"]
    assert names[2] == "content_block_start" and names[-3] == "content_block_stop"
    assert names[-2:] == ["message_delta", "message_stop"]
    assert "[DONE]" not in text
    payloads = [json.loads(data) for _, data in events]
    for name, payload in zip(names, payloads, strict=True):
        assert payload["type"] == name
        assert_valid("MessageStreamEvent", payload)
    deltas = [p["delta"]["text"] for p in payloads if p["type"] == "content_block_delta"]
    plain = _post(fake, "/messages", body).json()
    assert "".join(deltas) == plain["content"][0]["text"]
    assert payloads[-2]["delta"]["stop_reason"] == "end_turn"
    assert payloads[-2]["usage"]["cost"] > 0


def test_embeddings_are_deterministic_unit_vectors_with_usage(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    model = "openai/text-embedding-3-small"
    result = sdk.embeddings.create(model=model, input=["red apple", "green pear", "red apple"])
    vectors = [item.embedding for item in result.data if isinstance(item.embedding, list)]
    assert len(vectors) == 3 and len(vectors[0]) == 16
    assert vectors[0] == vectors[2] and vectors[0] != vectors[1]
    assert math.isclose(sum(x * x for x in vectors[1]), 1.0, rel_tol=1e-4)
    assert present(result.usage).prompt_tokens == 6
    expected = 6 * fake.model(model).price("prompt")
    assert dec(present(result.usage).cost) == expected
    body = {"model": model, "input": "red apple", "encoding_format": "base64", "dimensions": 8}
    encoded = _post(fake, "/embeddings", body).json()
    assert_valid("EmbeddingsResponse", encoded)
    packed = base64.b64decode(encoded["data"][0]["embedding"])
    assert len(struct.unpack("<8f", packed)) == 8


async def test_async_responses_and_messages(fake: FakeOpenRouter) -> None:
    async with httpx.AsyncClient(transport=fake) as http:
        sdk = async_client(fake, http)
        response = await sdk.responses.create(model=MODEL, input="Hi")
        message = await sdk.messages.create(
            model=CLAUDE, max_tokens=20, messages=[{"role": "user", "content": "Hi"}]
        )
        vectors = await sdk.embeddings.create(model="openai/text-embedding-3-small", input="x")
    block = message.content[0]
    assert isinstance(block, AnthropicTextBlock) and block.text
    assert response.output_text and vectors.data[0].embedding
    assert len(fake.generation_ids) == 3
