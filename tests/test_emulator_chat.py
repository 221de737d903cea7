"""Chat and text completions from the emulator: content, usage and cost, tools, JSON, streams."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from jsonschema import validate  # type: ignore[import-untyped]

import openrouter
from openrouter import parts
from openrouter.params import ChatMessage
from openrouter.testing import FakeOpenRouter, count_tokens
from tests.test_emulator_support import (
    AUTH,
    assert_valid,
    async_client,
    client,
    data_events,
    dec,
    raw,
)
from tests.typed import present

MODEL = "openai/gpt-4o-mini"
WEATHER: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer"},
            },
            "required": ["city", "unit"],
        },
    },
}
TIME: dict[str, Any] = {
    "type": "function",
    "function": {"name": "get_time", "parameters": {"type": "object", "properties": {}}},
}


def user(text: str) -> list[ChatMessage]:
    return [{"role": "user", "content": text}]


def test_the_same_prompt_gives_the_same_answer_and_ids_are_unique(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    first = sdk.chat.completions.create(model=MODEL, messages=user("Where is the Danube?"))
    again = sdk.chat.completions.create(model=MODEL, messages=user("Where is the Danube?"))
    other = sdk.chat.completions.create(model=MODEL, messages=user("Name a red fruit"))
    content = present(first.choices[0].message.content)
    assert content == again.choices[0].message.content
    assert "Danube" in content and content != other.choices[0].message.content
    assert first.id.startswith("gen-") and first.id != again.id
    assert (first.model, first.provider, first.object) == (MODEL, "OpenAI", "chat.completion")
    assert first.choices[0].finish_reason == "stop"


def test_usage_cost_is_tokens_times_the_catalogue_price(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    listed = {m.id: m for m in sdk.models.list().data}
    for model in ("openai/gpt-4o", "anthropic/claude-3.5-haiku", MODEL):
        result = sdk.chat.completions.create(model=model, messages=user("Tell me about rivers"))
        usage = present(result.usage)
        pricing = listed[model].pricing
        expected_prompt = usage.prompt_tokens * Decimal(pricing.prompt)
        expected_completion = usage.completion_tokens * Decimal(pricing.completion)
        assert dec(usage.cost) == expected_prompt + expected_completion
        assert dec(present(usage.cost_details).upstream_inference_prompt_cost) == expected_prompt
        assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
        assert usage.completion_tokens == count_tokens(present(result.choices[0].message.content))
        assert usage.is_byok is False
    free = sdk.chat.completions.create(
        model="meta-llama/llama-3.3-70b-instruct:free", messages=user("hi")
    )
    assert present(free.usage).cost == 0


def test_the_response_carries_the_generation_id_header(fake: FakeOpenRouter) -> None:
    raw_response = client(fake).chat.completions.with_raw_response.create(
        model=MODEL, messages=user("hello")
    )
    assert raw_response.headers["x-generation-id"] == raw_response.parse().id
    assert_valid("ChatCompletion", json.loads(raw_response.http_response.content))


def test_max_tokens_truncates_with_finish_reason_length(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    full = sdk.chat.completions.create(model=MODEL, messages=user("Explain tides"))
    short = sdk.chat.completions.create(model=MODEL, messages=user("Explain tides"), max_tokens=3)
    assert short.choices[0].finish_reason == "length"
    assert present(short.usage).completion_tokens == 3
    assert present(full.choices[0].message.content).startswith(
        present(short.choices[0].message.content)
    )
    capped = sdk.chat.completions.create(
        model=MODEL, messages=user("Explain tides"), max_completion_tokens=2
    )
    assert count_tokens(present(capped.choices[0].message.content)) == 2


def test_an_unknown_model_is_a_400_naming_it(fake: FakeOpenRouter) -> None:
    with pytest.raises(openrouter.BadRequestError) as caught:
        client(fake).chat.completions.create(model="openai/gpt-9-ultra", messages=user("hi"))
    assert caught.value.status_code == 400
    assert "openai/gpt-9-ultra" in caught.value.message
    assert fake.generation_ids == []


def test_tools_round_trip(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    messages = user("What is the weather in Paris")
    first = sdk.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER, TIME])
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = present(choice.message.tool_calls)[0]
    assert call.function.name == "get_weather" and call.id.startswith("call_")
    arguments = json.loads(call.function.arguments)
    validate(arguments, WEATHER["function"]["parameters"])
    assert arguments["city"] == "Paris" and arguments["unit"] == "celsius"
    follow_up: list[ChatMessage] = [
        *messages,
        parts.assistant(choice.message),  # the answer as the next request's assistant turn
        {"role": "tool", "tool_call_id": call.id, "content": '{"temperature": 21}'},
    ]
    assert follow_up[1] == {
        "role": "assistant",
        "content": choice.message.content,
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": "get_weather", "arguments": call.function.arguments},
            }
        ],
    }
    second = sdk.chat.completions.create(model=MODEL, messages=follow_up, tools=[WEATHER])
    assert second.choices[0].finish_reason == "stop"
    text = present(second.choices[0].message.content)
    assert "get_weather" in text and '{"temperature": 21}' in text


def test_tool_choice_forces_a_tool_or_turns_tools_off(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    forced = sdk.chat.completions.create(
        model=MODEL,
        messages=user("What time is it"),
        tools=[WEATHER, TIME],
        tool_choice={"type": "function", "function": {"name": "get_time"}},
    )
    assert present(forced.choices[0].message.tool_calls)[0].function.name == "get_time"
    assert json.loads(present(forced.choices[0].message.tool_calls)[0].function.arguments) == {}
    none = sdk.chat.completions.create(
        model=MODEL, messages=user("What time is it"), tools=[TIME], tool_choice="none"
    )
    assert none.choices[0].finish_reason == "stop" and none.choices[0].message.content


def test_json_schema_output_is_json_matching_the_schema(fake: FakeOpenRouter) -> None:
    schema = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "age": {"type": "integer"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "address": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "zip": {"type": "string"}},
                "required": ["city"],
            },
        },
        "required": ["name", "age", "tags", "address"],
    }
    sdk = client(fake)
    result = sdk.chat.completions.create(
        model=MODEL,
        messages=user("Describe Ada"),
        response_format={"type": "json_schema", "json_schema": {"name": "p", "schema": schema}},
    )
    validate(json.loads(present(result.choices[0].message.content)), schema)
    plain = sdk.chat.completions.create(
        model=MODEL, messages=user("Describe Ada"), response_format={"type": "json_object"}
    )
    assert isinstance(json.loads(present(plain.choices[0].message.content)), dict)


def test_reasoning_is_returned_when_requested(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    result = sdk.chat.completions.create(
        model="anthropic/claude-sonnet-4", messages=user("Why is the sky blue"), reasoning={}
    )
    message = result.choices[0].message
    assert message.reasoning
    detail = present(message.reasoning_details)[0].to_dict()
    expected = {"type": "reasoning.text", "text": message.reasoning, "index": 0}
    assert detail == {**expected, "format": "unknown"}
    reasoning_tokens = present(present(result.usage).completion_tokens_details).reasoning_tokens
    assert reasoning_tokens == count_tokens(present(message.reasoning))
    assert present(result.usage).completion_tokens == reasoning_tokens + count_tokens(
        present(message.content)
    )
    hidden = sdk.chat.completions.create(
        model="anthropic/claude-sonnet-4",
        messages=user("Why is the sky blue"),
        reasoning={"exclude": True},
    )
    assert not hidden.choices[0].message.reasoning
    assert (
        present(present(hidden.usage).completion_tokens_details).reasoning_tokens
        == reasoning_tokens
    )


async def test_the_async_client_gets_the_same_answers(fake: FakeOpenRouter) -> None:
    sync_answer = client(fake).chat.completions.create(model=MODEL, messages=user("Ping"))
    async with httpx.AsyncClient(transport=fake) as http:
        sdk = async_client(fake, http)
        result = await sdk.chat.completions.create(model=MODEL, messages=user("Ping"))
        text = await sdk.completions.create(model=MODEL, prompt="Once upon a time")
    assert result.choices[0].message.content == sync_answer.choices[0].message.content
    assert text.choices[0].text and present(present(text.usage).cost) > 0


def _stream(fake: FakeOpenRouter, path: str, body: dict[str, Any]) -> str:
    payload = {**body, "stream": True}
    with raw(fake) as http, http.stream("POST", path, json=payload, headers=AUTH) as s:
        assert s.status_code == 200
        assert s.headers["content-type"] == "text/event-stream"
        return s.read().decode()


def test_a_chat_stream_is_shaped_like_openrouters(fake: FakeOpenRouter) -> None:
    body: dict[str, Any] = {"model": MODEL, "messages": user("Tell me a story about a fox")}
    text = _stream(fake, "/chat/completions", body)
    assert text.startswith(": OPENROUTER PROCESSING\n\n")
    assert text.endswith("data: [DONE]\n\n")
    events = data_events(text)
    chunks, done = events[:-1], events[-1]
    assert done == "[DONE]"
    for chunk in chunks:
        assert_valid("ChatCompletionChunk", chunk)
        assert chunk["object"] == "chat.completion.chunk"
        assert {"id", "created", "model", "provider"} <= set(chunk)
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    content_chunks = chunks[1:-2]
    assert len(content_chunks) > 2
    streamed = "".join(c["choices"][0]["delta"]["content"] for c in content_chunks)
    finish, usage = chunks[-2], chunks[-1]
    assert finish["choices"][0]["finish_reason"] == "stop"
    assert finish["choices"][0]["native_finish_reason"] == "stop"
    assert usage["choices"] == [] and usage["usage"]["cost"] > 0
    plain = client(fake).chat.completions.create(**body)
    assert streamed == plain.choices[0].message.content
    assert usage["usage"]["completion_tokens"] == present(plain.usage).completion_tokens


def test_a_streamed_tool_call_arrives_in_fragments(fake: FakeOpenRouter) -> None:
    body = {"model": MODEL, "messages": user("Weather in Oslo"), "tools": [WEATHER]}
    chunks = data_events(_stream(fake, "/chat/completions", body))[:-1]
    calls = [c["choices"][0]["delta"]["tool_calls"][0] for c in chunks[1:-2]]
    assert calls[0]["id"].startswith("call_") and calls[0]["function"]["name"] == "get_weather"
    assert all(call["index"] == 0 for call in calls) and len(calls) > 2
    arguments = "".join(call["function"]["arguments"] for call in calls)
    assert json.loads(arguments)["city"] == "Oslo"
    assert chunks[-2]["choices"][0]["finish_reason"] == "tool_calls"


def test_a_reasoning_stream_sends_reasoning_deltas(fake: FakeOpenRouter) -> None:
    body = {"model": "google/gemini-2.5-flash", "messages": user("Why"), "reasoning": {}}
    chunks = data_events(_stream(fake, "/chat/completions", body))[:-1]
    reasoning = [c["choices"][0]["delta"].get("reasoning") for c in chunks[1:-2]]
    assert any(reasoning)
    assert chunks[-2]["choices"][0]["native_finish_reason"] == "STOP"


def test_text_completions_plain_and_streamed(fake: FakeOpenRouter) -> None:
    result = client(fake).completions.create(model=MODEL, prompt="The quick brown fox")
    assert result.object == "text_completion" and "fox" in result.choices[0].text
    text = _stream(fake, "/completions", {"model": MODEL, "prompt": "The quick brown fox"})
    assert text.startswith(": OPENROUTER PROCESSING")
    chunks = data_events(text)
    assert chunks[-1] == "[DONE]"
    for chunk in chunks[:-1]:
        assert_valid("TextCompletion", chunk)
    deltas = "".join(c["choices"][0]["text"] for c in chunks[:-3])
    assert deltas == result.choices[0].text
    assert chunks[-3]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-2]["choices"] == [] and chunks[-2]["usage"]["cost"] > 0


def test_an_answer_sent_back_keeps_its_reasoning_and_refusal() -> None:
    from openrouter_api.models import ChatCompletionMessage

    message = ChatCompletionMessage.from_dict(
        {
            "role": "assistant",
            "content": "",
            "refusal": "I can't help with that",
            "reasoning": "The user asks ...",
            "reasoning_details": [
                {"type": "reasoning.text", "text": "The user asks ...", "index": 0}
            ],
        }
    )
    assert parts.assistant(message) == {
        "role": "assistant",
        "content": "",
        "refusal": "I can't help with that",
        "reasoning": "The user asks ...",
        "reasoning_details": [{"type": "reasoning.text", "text": "The user asks ...", "index": 0}],
    }
