"""Shape drift: real-shaped bodies that stray from the spec parse, and strict mode catches them.

The corpus in `tests/data/drift/` holds one body (or, for streams, one list of events) per case
seen in real traffic. Each goes through the public client, sync and async; the default client
reads it tolerantly, and `strict_responses=True` raises `ResponseValidationError` with the body.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from openrouter_api.models import (
    ActivityItem,
    ApiKey,
    ArtificialAnalysisBenchmark,
    ByokKey,
    ChatCompletion,
    ChatToolCall,
    DecisionsChoiceAnswer,
    ImageParameterBoolean,
    ImageParameterEnum,
    ObservabilityGenericDestination,
    ObservabilityLangfuseDestination,
    ResponseObject,
    ResponseStreamEvent,
)

import openrouter
from tests.conftest import Twin
from tests.fakes import Script
from tests.streams import event_stream, sse
from tests.typed import present

DRIFT = Path(__file__).parent / "data" / "drift"
HELLO = [{"role": "user", "content": "Hi"}]


def body(name: str) -> Any:
    return json.loads((DRIFT / f"{name}.json").read_text())


def answer(name: str) -> httpx.Response:
    return httpx.Response(200, json=body(name))


def chat(c: Any) -> Any:
    return c.chat.completions.create(model="openai/gpt-4o-mini", messages=HELLO)


def decide(c: Any) -> Any:
    from openrouter_api.models import DecisionsRequest

    request = DecisionsRequest.from_dict(
        {"model": "openai/gpt-4o-mini", "state": {}, "questions": {}}
    )
    return c.alpha_decisions.create(body=request)


def check_tool_call_without_arguments(result: Any) -> None:
    assert isinstance(result, ChatCompletion)
    call = present(result.choices[0].message.tool_calls)[0]
    assert isinstance(call, ChatToolCall)
    assert (call.id, call.type, call.function.name) == ("call_1", "function", "get_time")
    assert call.function.arguments is None


def check_tool_calls_null(result: Any) -> None:
    message = result.choices[0].message
    assert message.content == "Hello."
    assert message.tool_calls is None and message.refusal is None


def check_without_object(result: Any) -> None:
    assert result.id == "gen-1765000001-Dr1ftB"
    assert (result.object, result.created, result.provider, result.usage) == (None,) * 4
    assert result.choices[0].message.content == "Hi there."


def check_prompt_tokens_details_null(result: Any) -> None:
    assert result.usage.cost == pytest.approx(0.0000061)
    assert result.usage.prompt_tokens_details is None
    assert result.usage.completion_tokens_details is None


def check_files(result: Any) -> None:
    assert result == body("files_unknown_shape")  # no variant fits: the raw dict


def check_benchmarks(result: Any) -> None:
    known, unknown = result.data
    assert isinstance(known, ArtificialAnalysisBenchmark) and known.intelligence_index == 36.2
    assert unknown == body("benchmarks_unknown_source")["data"][1]
    assert len(result) == 2 and list(result) == result.data


def check_decisions(result: Any) -> None:
    tone = result.answers["tone"]
    assert isinstance(tone, DecisionsChoiceAnswer) and tone.choice == "friendly"
    assert result.answers["priority"] == {"type": "rank", "order": ["b", "a", "c"]}
    assert result.usage.cost == pytest.approx(0.0000264)


def check_image_models(result: Any) -> None:
    (model,) = result
    params = model.supported_parameters
    assert isinstance(params["transparent_background"], ImageParameterBoolean)
    assert isinstance(params["aspect_ratio"], ImageParameterEnum)
    assert params["style_reference"] == {"type": "image_list", "max_items": 3}
    assert model.architecture.output_modalities == ["image", "hologram"]


def check_generation_content(result: Any) -> None:
    content = result.data
    assert content.input == body("generation_content_unknown_input")["data"]["input"]
    assert content.output.completion == "Hello!" and content.error is None


def check_observability(result: Any) -> None:
    langfuse, other = result.data
    assert isinstance(langfuse, ObservabilityLangfuseDestination)
    assert langfuse.regions is None and langfuse.privacy_mode is None
    assert (langfuse.config.public_key, langfuse.config.secret_key) == ("pk-lf-1", None)
    assert isinstance(other, ObservabilityGenericDestination)
    assert (other.type, other.id, other.enabled, other.name) == ("honeycomb", "dest_2", False, None)
    assert result.total_count == 2


def check_key(result: Any) -> None:
    key = result.data
    assert isinstance(key, ApiKey)
    assert (key.hash, key.usage, key.limit) == ("f01d2c3b4a5968778695a4b3c2d1e0f0", 1.25, None)
    assert key.usage_daily is None and key.workspace_id is None and key.last_used_at is None


def check_byok(result: Any) -> None:
    (key,) = result
    assert isinstance(key, ByokKey)
    drifted: Any = key  # under drift a field can hold what its annotation does not say
    assert (drifted.provider, drifted.declared_region, drifted.is_fallback) == (
        "openai",
        "mars-1",
        None,
    )
    assert result.total_count == 1


def check_activity(result: Any) -> None:
    (item,) = result.data
    assert isinstance(item, ActivityItem)
    drifted: Any = item  # under drift a field can hold what its annotation does not say
    assert (drifted.requests, drifted.usage, drifted.reasoning_tokens, drifted.endpoint_id) == (
        17,
        0.42,
        None,
        None,
    )


CASES: dict[str, tuple[Callable[[Any], Any], Callable[[Any], None]]] = {
    "chat_tool_call_without_arguments": (chat, check_tool_call_without_arguments),
    "chat_tool_calls_null": (chat, check_tool_calls_null),
    "chat_without_object_created_provider_usage": (chat, check_without_object),
    "chat_prompt_tokens_details_null": (chat, check_prompt_tokens_details_null),
    "files_unknown_shape": (lambda c: c.files.list(), check_files),
    "benchmarks_unknown_source": (lambda c: c.benchmarks.list(), check_benchmarks),
    "decisions_unknown_answer": (decide, check_decisions),
    "image_models_unknown_capability": (lambda c: c.images.list_models(), check_image_models),
    "generation_content_unknown_input": (
        lambda c: c.generations.get_content(id="gen-1"),
        check_generation_content,
    ),
    "observability_missing_fields": (
        lambda c: c.observability.list_destinations(),
        check_observability,
    ),
    "key_missing_fields": (lambda c: c.keys.get("f01d2c3b4a59"), check_key),
    "byok_missing_fields": (lambda c: c.byok.list(), check_byok),
    "activity_missing_fields": (lambda c: c.analytics.list_activity(), check_activity),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_drifted_body_parses_tolerantly(twin: Twin, case: str) -> None:
    call, check = CASES[case]
    check(twin.call(twin.client(Script([answer(case)])), call))


# The spec documents `null` for these usage details (real traffic sends it), so it is no drift.
ALLOWED_BY_SPEC = {"chat_prompt_tokens_details_null"}


@pytest.mark.parametrize("case", sorted(CASES.keys() - ALLOWED_BY_SPEC))
def test_strict_responses_raise_on_the_same_body_with_it_attached(twin: Twin, case: str) -> None:
    call, _ = CASES[case]
    client = twin.client(Script([answer(case)]), strict_responses=True)
    with pytest.raises(openrouter.ResponseValidationError) as caught:
        twin.call(client, call)
    assert json.loads(caught.value.body) == body(case)


def test_strict_mode_passes_a_body_that_fits(twin: Twin) -> None:
    from tests import payloads

    client = twin.client(Script([httpx.Response(200, json=payloads.CHAT_COMPLETION)]))
    strict = client.with_options(strict_responses=True)
    result = twin.call(strict, chat)
    assert result.choices[0].message.tool_calls[0].function.name == "get_weather"
    for case in ALLOWED_BY_SPEC:
        call, check = CASES[case]
        check(twin.call(twin.client(Script([answer(case)]), strict_responses=True), call))


def test_with_options_turns_strict_mode_on_and_off(twin: Twin) -> None:
    name = "chat_tool_calls_null"
    strict = twin.client(Script([answer(name), answer(name)]), strict_responses=True)
    with pytest.raises(openrouter.ResponseValidationError):
        twin.call(strict, chat)
    check_tool_calls_null(twin.call(strict.with_options(strict_responses=False), chat))


def test_a_chat_completion_without_choices_raises_even_when_tolerant(twin: Twin) -> None:
    with pytest.raises(openrouter.ResponseValidationError) as caught:
        twin.call(twin.client(Script([answer("chat_without_choices")])), chat)
    assert json.loads(caught.value.body) == body("chat_without_choices")


def test_a_body_that_is_not_json_raises_with_the_raw_body(twin: Twin) -> None:
    broken = httpx.Response(
        200, content=b"<html>gateway</html>", headers={"content-type": "text/html"}
    )
    with pytest.raises(openrouter.ResponseValidationError) as caught:
        twin.call(twin.client(Script([broken])), chat)
    assert caught.value.body == "<html>gateway</html>"


def stream_chat(twin: Twin, client: Any) -> tuple[list[Any], Any]:
    async def run_async() -> tuple[list[Any], Any]:
        stream = await client.chat.completions.create(model="m", messages=HELLO, stream=True)
        async with stream:
            chunks = [c async for c in stream]
            return chunks, await stream.get_final_completion()

    if twin.flavour == "async":
        return asyncio.run(run_async())
    with client.chat.completions.create(model="m", messages=HELLO, stream=True) as stream:
        return list(stream), stream.get_final_completion()


def chat_stream_answer() -> httpx.Response:
    return event_stream(sse(*body("chat_stream_chunks"), "[DONE]"), "byte")


def test_a_chat_stream_with_drifted_chunks(twin: Twin) -> None:
    chunks, final = stream_chat(twin, twin.client(Script([lambda r: chat_stream_answer()])))
    assert [c.object for c in chunks] == ["chat.completion.chunk", None, None, None, None]
    assert [c.choices[0].delta.tool_calls for c in chunks[:2]] == [None, None]
    assert chunks[2].choices[0].delta.reasoning_details is None
    assert chunks[-1].usage.prompt_tokens_details is None
    assert final.choices[0].message.content == "Hello"
    assert final.choices[0].finish_reason == "stop"
    assert final.usage.cost == pytest.approx(0.0000021)


def test_a_strict_chat_stream_raises_on_the_first_drifted_chunk(twin: Twin) -> None:
    client = twin.client(Script([lambda r: chat_stream_answer()]), strict_responses=True)
    with pytest.raises(openrouter.ResponseValidationError) as caught:
        stream_chat(twin, client)
    assert json.loads(caught.value.body) == body("chat_stream_chunks")[0]


def stream_response(twin: Twin, client: Any) -> list[Any]:
    events: list[Any] = []

    async def run_async() -> None:
        stream = await client.responses.create(model="m", input="Hi", stream=True)
        async with stream:
            async for event in stream:
                events.append(event)

    if twin.flavour == "async":
        asyncio.run(run_async())
    else:
        with client.responses.create(model="m", input="Hi", stream=True) as stream:
            events.extend(stream)
    return events


def responses_stream_answer() -> httpx.Response:
    return event_stream(sse(*body("responses_stream_error_string")), "event")


def test_a_responses_stream_event_whose_error_is_a_string(twin: Twin) -> None:
    events: list[Any] = []
    client = twin.client(Script([lambda r: responses_stream_answer()]), max_retries=0)
    with pytest.raises(openrouter.StreamError) as caught:
        events = stream_response(twin, client)
    assert "upstream provider overloaded" in str(caught.value)
    created = ResponseStreamEvent.from_dict(body("responses_stream_error_string")[0])
    assert isinstance(created.response, ResponseObject)
    assert created.response.error == ""  # kept as it came
    error: Any = ResponseStreamEvent.from_dict(body("responses_stream_error_string")[1])
    assert (error.type, error.error) == ("error", "upstream provider overloaded")
    assert events == []


def test_a_strict_responses_stream_raises_on_the_string_error_inside_the_response(
    twin: Twin,
) -> None:
    client = twin.client(
        Script([lambda r: responses_stream_answer()]), max_retries=0, strict_responses=True
    )
    with pytest.raises(openrouter.ResponseValidationError) as caught:
        stream_response(twin, client)
    assert json.loads(caught.value.body) == body("responses_stream_error_string")[0]


def test_every_documented_example_passes_strict_validation() -> None:
    """Strict mode raises on drift only: the spec's own success examples all pass it."""
    import importlib

    from openrouter_api.api import OPERATIONS

    from openrouter._strict import drift, expected_type

    routes = json.loads((Path(openrouter.__file__).parent / "testing" / "routes.json").read_text())
    checked = 0
    for route in routes["routes"]:
        if "json" not in (route["content_type"] or "") or not 200 <= route["status"] < 300:
            continue
        tag, _ = OPERATIONS[route["operation_id"]]
        module = importlib.import_module(f"openrouter_api.api.{tag}.{route['operation_id']}")
        answer = httpx.Response(route["status"], json=route["example"])
        parsed = module.parse_response(answer)
        expected = expected_type(module.parse_response)
        assert drift(parsed, route["example"], expected) == [], route["operation_id"]
        checked += 1
    assert checked > 100
