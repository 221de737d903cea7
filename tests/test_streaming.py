"""Streams through the public client: typed chunks, final result, integrity, deadlines, retries."""

from __future__ import annotations

import asyncio
import gc
import gzip
import warnings
from decimal import Decimal
from typing import Any

import httpx
import pytest

import openrouter
from openrouter.params import ChatMessage
from tests.conftest import Twin
from tests.fakes import FakeClock, Script
from tests.streams import (
    USAGE,
    Chunks,
    chat_body,
    chat_chunk,
    event_stream,
    named,
    split,
    sse,
)
from tests.typed import partial

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hi"}]


def consume(twin: Twin, client: Any, **kwargs: Any) -> tuple[list[Any], Any, str]:
    """Open a chat stream, read every chunk, return (chunks, final completion, joined text)."""

    async def run_async() -> tuple[list[Any], Any, str]:
        stream = await client.chat.completions.create(
            model="m", messages=HELLO, stream=True, **kwargs
        )
        async with stream:
            chunks = [c async for c in stream]
            final = await stream.get_final_completion()
        return chunks, final, "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)

    if twin.flavour == "async":
        return asyncio.run(run_async())
    with client.chat.completions.create(model="m", messages=HELLO, stream=True, **kwargs) as stream:
        chunks = list(stream)
        final = stream.get_final_completion()
    return chunks, final, "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


@pytest.mark.parametrize("how", ["whole", "event", "byte"])
def test_a_real_shaped_stream_replayed_in_any_split(twin: Twin, how: str) -> None:
    script = Script([lambda r: event_stream(chat_body("Bon", "jour", " !"), how)])
    chunks, final, text = consume(twin, twin.client(script))
    assert text == "Bonjour !"
    assert chunks[-1].choices == []
    assert chunks[-1].usage.cost == pytest.approx(0.0000123)
    assert final.choices[0].message.content == "Bonjour !"
    assert final.choices[0].finish_reason == "stop"
    assert final.usage.cost == pytest.approx(USAGE["cost"])
    assert final.provider == "OpenAI"
    assert script.requests[0].headers["accept"] == "text/event-stream"


def test_text_stream_and_response_headers() -> None:
    script = Script([lambda r: event_stream(chat_body("a", "b"))])
    client = openrouter.OpenRouter(api_key="k", http_client=script.sync_client())
    with client.chat.completions.create(model="m", messages=HELLO, stream=True) as stream:
        assert stream.response.headers["x-generation-id"] == "gen-s1"
        assert list(stream.text_stream) == ["a", "b"]
    assert stream.closed


def test_a_mid_stream_error_raises_with_the_partial_result_and_is_not_retried(twin: Twin) -> None:
    body = sse(
        chat_chunk({"role": "assistant", "content": ""}),
        chat_chunk({"content": "Partial"}),
        {
            **chat_chunk({"content": ""}, finish_reason="error"),
            "error": {
                "code": 502,
                "message": "provider went away",
                "metadata": {"provider_name": "X"},
            },
        },
    )
    script = Script([lambda r: event_stream(body)])
    with pytest.raises(openrouter.StreamError) as caught:
        consume(twin, twin.client(script))
    assert caught.value.code == 502
    assert caught.value.metadata == {"provider_name": "X"}
    assert partial(caught.value)["choices"][0]["message"]["content"] == "Partial"
    assert len(script.requests) == 1


def test_an_error_before_any_content_is_retried(twin: Twin) -> None:
    early = sse({**chat_chunk({"role": "assistant"}), "error": {"code": 503, "message": "busy"}})
    script = Script([lambda r: event_stream(early), lambda r: event_stream(chat_body("ok"))])
    clock = FakeClock()
    _, _final, text = consume(twin, twin.client(script, clock=clock))
    assert text == "ok"
    assert len(script.requests) == 2
    assert clock.sleeps == [0.5]


def test_an_early_error_that_must_not_be_retried_raises_its_status_class(twin: Twin) -> None:
    early = sse({**chat_chunk(), "error": {"code": 402, "message": "no credits"}})
    script = Script([lambda r: event_stream(early)])
    with pytest.raises(openrouter.PaymentRequiredError):
        consume(twin, twin.client(script))
    assert len(script.requests) == 1


def test_a_truncated_stream_raises_incomplete_with_the_partial_result(twin: Twin) -> None:
    script = Script([lambda r: event_stream(chat_body("half", done=False, finish=False))])
    with pytest.raises(openrouter.IncompleteStreamError) as caught:
        consume(twin, twin.client(script))
    assert partial(caught.value)["choices"][0]["message"]["content"] == "half"


def test_a_finish_reason_without_done_is_complete(twin: Twin) -> None:
    script = Script([lambda r: event_stream(chat_body("fine", done=False))])
    _, final, _ = consume(twin, twin.client(script))
    assert final.choices[0].message.content == "fine"


def test_a_connection_reset_mid_stream_is_incomplete(twin: Twin) -> None:
    body = sse(chat_chunk({"role": "assistant", "content": ""}), chat_chunk({"content": "cut"}))
    script = Script([lambda r: event_stream(body, break_at_end=True)])
    with pytest.raises(openrouter.IncompleteStreamError) as caught:
        consume(twin, twin.client(script))
    assert partial(caught.value)["choices"][0]["message"]["content"] == "cut"


class TickingClock(FakeClock):
    """Monotonic time advances a fixed step at every reading."""

    def __init__(self, step: float) -> None:
        super().__init__()
        self.step = step

    def monotonic(self) -> float:
        self.now += self.step
        return self.now


def test_keepalives_alone_do_not_keep_a_stream_alive(twin: Twin) -> None:
    only_keepalives = b": OPENROUTER PROCESSING\n\n" * 50
    script = Script([lambda r: event_stream(only_keepalives)])
    client = twin.client(script, clock=TickingClock(1.0), first_token_timeout=10)
    with pytest.raises(openrouter.FirstTokenTimeoutError, match="first_token_timeout"):
        consume(twin, client)


def test_idle_deadline_after_content_ignores_keepalives(twin: Twin) -> None:
    body = (
        sse(
            chat_chunk({"role": "assistant", "content": ""}),
            chat_chunk({"content": "x"}),
            keepalives=0,
        )
        + b": OPENROUTER PROCESSING\n\n" * 50
    )
    script = Script([lambda r: event_stream(body)])
    client = twin.client(script, clock=TickingClock(1.0))
    with pytest.raises(openrouter.IdleTimeoutError, match="idle_timeout"):
        consume(twin, client, idle_timeout=5)


def test_closing_early_releases_the_response() -> None:
    body = chat_body(*["w"] * 50)
    chunks = Chunks(split(body, "event"))
    script = Script(
        [
            lambda r: httpx.Response(
                200, headers={"content-type": "text/event-stream"}, stream=chunks
            )
        ]
    )
    client = openrouter.OpenRouter(api_key="k", http_client=script.sync_client())
    stream = client.chat.completions.create(model="m", messages=HELLO, stream=True)
    for _ in stream:
        break
    stream.close()
    assert chunks.closed
    assert chunks.delivered < 10


def test_an_unclosed_stream_warns_when_collected() -> None:
    script = Script([lambda r: event_stream(chat_body("x"))])
    client = openrouter.OpenRouter(api_key="k", http_client=script.sync_client())
    stream = client.chat.completions.create(model="m", messages=HELLO, stream=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del stream
        gc.collect()
    assert any(issubclass(w.category, ResourceWarning) for w in caught)


def test_builder_stream(twin: Twin) -> None:
    script = Script([lambda r: event_stream(chat_body("built"))])
    client = twin.client(script)
    builder = client.chat.builder().model("m").user("hi")

    async def run_async() -> str:
        async with await builder.stream() as stream:
            return "".join([t async for t in stream.text_stream])

    if twin.flavour == "async":
        assert asyncio.run(run_async()) == "built"
    else:
        with builder.stream() as stream:
            assert "".join(stream.text_stream) == "built"


def test_text_completion_stream(twin: Twin) -> None:
    def part(text: str, finish: str | None = None) -> dict[str, Any]:
        return {
            "id": "gen-t",
            "object": "text_completion",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "text": text, "finish_reason": finish}],
        }

    body = sse(part("Once"), part(" upon", "length"), "[DONE]")
    script = Script([lambda r: event_stream(body)])
    client = twin.client(script)

    async def run_async() -> Any:
        async with await client.completions.create(model="m", prompt="x", stream=True) as s:
            return await s.get_final_completion()

    if twin.flavour == "async":
        final = asyncio.run(run_async())
    else:
        with client.completions.create(model="m", prompt="x", stream=True) as s:
            final = s.get_final_completion()
    assert final.choices[0].text == "Once upon"


def test_responses_stream_typed_events(twin: Twin) -> None:
    final = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": "m",
        "status": "completed",
        "output": [],
        "output_text": "Hi there",
        "usage": {"input_tokens": 2, "output_tokens": 2, "total_tokens": 4, "cost": 0.002},
    }
    body = sse(
        {
            "type": "response.created",
            "sequence_number": 0,
            "response": {**final, "status": "in_progress", "output_text": ""},
        },
        {"type": "response.output_text.delta", "sequence_number": 1, "delta": "Hi"},
        {"type": "response.output_text.delta", "sequence_number": 2, "delta": " there"},
        {"type": "response.completed", "sequence_number": 3, "response": final},
        "[DONE]",
    )
    script = Script([lambda r: event_stream(body)])
    client = twin.client(script)

    async def run_async() -> tuple[list[str], Any]:
        async with await client.responses.create(input="hi", model="m", stream=True) as s:
            texts = [t async for t in s.text_stream]
            return texts, await s.get_final_completion()

    if twin.flavour == "async":
        texts, result = asyncio.run(run_async())
    else:
        with client.responses.create(input="hi", model="m", stream=True) as s:
            texts, result = list(s.text_stream), s.get_final_completion()
    assert texts == ["Hi", " there"]
    assert result.usage.cost == pytest.approx(0.002)


def test_messages_stream_named_events(twin: Twin) -> None:
    body = named(
        (
            "message_start",
            {
                "message": {
                    "id": "msg_1",
                    "type": "message",
                    "role": "assistant",
                    "model": "m",
                    "content": [],
                    "usage": {"input_tokens": 3, "output_tokens": 0},
                }
            },
        ),
        ("ping", {}),
        ("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}}),
        ("content_block_delta", {"index": 0, "delta": {"type": "text_delta", "text": "Yo"}}),
        ("content_block_stop", {"index": 0}),
        ("message_delta", {"delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 1}}),
        ("message_stop", {}),
    )
    script = Script([lambda r: event_stream(body)])
    client = twin.client(script)
    kwargs: dict[str, Any] = {"model": "m", "max_tokens": 10, "messages": HELLO, "stream": True}

    async def run_async() -> Any:
        async with await client.messages.create(**kwargs) as s:
            return await s.get_final_completion()

    if twin.flavour == "async":
        message = asyncio.run(run_async())
    else:
        with client.messages.create(**kwargs) as s:
            message = s.get_final_completion()
    assert message.content[0].text == "Yo"
    assert message.stop_reason == "end_turn"


def test_image_generation_stream(twin: Twin) -> None:
    from openrouter_api.models import CreateImageRequest

    body = sse(
        {"type": "image_generation.text_chunk", "phase": "content", "text": "Drawing a cat"},
        {
            "type": "image_generation.partial_image",
            "b64_json": "UEFSVA==",
            "partial_image_index": 0,
        },
        {
            "type": "image_generation.completed",
            "b64_json": "RklOQUw=",
            "created": 1764000000,
            "media_type": "image/png",
            "usage": {
                "prompt_tokens": 10,
                "completion_tokens": 1000,
                "total_tokens": 1010,
                "cost": 0.04,
            },
        },
        "[DONE]",
    )
    script = Script([lambda r: event_stream(body)])
    client = twin.client(script)
    request = CreateImageRequest(model="google/gemini-2.5-flash-image", prompt="a cat")

    async def run_async() -> tuple[list[Any], Any]:
        stream = await client.images.stream(body=request)
        async with stream:
            events = [e async for e in stream]
            return events, await stream.get_final_completion()

    if twin.flavour == "async":
        events, final = asyncio.run(run_async())
    else:
        with client.images.stream(body=request) as stream:
            events = list(stream)
            final = stream.get_final_completion()
    assert [type(e).__name__ for e in events] == [
        "ImageTextChunkEvent",
        "ImagePartialImageEvent",
        "ImageCompletedEvent",
    ]
    assert final.data[0].b64_json == "RklOQUw="
    assert final.usage.cost == pytest.approx(0.04)
    import json as _json

    assert _json.loads(script.requests[0].content)["stream"] is True
    assert client.ledger.records[-1].cost == Decimal("0.04")


def test_image_stream_refuses_unknown_keywords_before_sending(twin: Twin) -> None:
    script = Script([])
    client = twin.client(script)
    body = {"model": "google/gemini-2.5-flash-image", "prompt": "a cat"}
    with pytest.raises(TypeError, match="'n_images'"):
        twin.call(client, lambda c: c.images.stream(body=body, n_images=2))
    with pytest.raises(TypeError, match="body must be a mapping"):
        twin.call(client, lambda c: c.images.stream(body="a cat"))
    assert script.requests == []


def test_tool_call_and_reasoning_streams_from_the_emulator(twin: Twin) -> None:
    from openrouter.testing import FAKE_API_KEY, FakeOpenRouter

    fake = FakeOpenRouter()
    tool = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
    if twin.flavour == "sync":
        client: Any = openrouter.OpenRouter(
            api_key=FAKE_API_KEY, http_client=httpx.Client(transport=fake)
        )
        with client.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=HELLO,
            tools=[tool],
            stream=True,
            reasoning={"effort": "low"},
        ) as stream:
            chunks = list(stream)
            final = stream.get_final_completion()
    else:

        async def run_async() -> tuple[list[Any], Any]:
            aclient = openrouter.AsyncOpenRouter(
                api_key=FAKE_API_KEY, http_client=httpx.AsyncClient(transport=fake)
            )
            stream = await aclient.chat.completions.create(
                model="openai/gpt-4o-mini",
                messages=HELLO,
                tools=[tool],
                stream=True,
                reasoning={"effort": "low"},
            )
            async with stream:
                return [c async for c in stream], await stream.get_final_completion()

        chunks, final = asyncio.run(run_async())
    fragments = [c for c in chunks if c.choices and c.choices[0].delta.tool_calls]
    assert len(fragments) > 1  # the arguments arrived in pieces
    message = final.choices[0].message
    call = message.tool_calls[0]
    assert call.function.name == "get_weather"
    assert "city" in __import__("json").loads(call.function.arguments)
    assert final.choices[0].finish_reason == "tool_calls"
    assert message.reasoning
    assert final.usage.cost > 0


@pytest.mark.parametrize("coding", ["gzip", "identity", None])
def test_a_stream_is_read_through_its_content_coding(twin: Twin, coding: str | None) -> None:
    # Without a coding the stream reads the body's raw reads; with one, it must decode them.
    body = chat_body("Bon", "jour")
    headers = {"content-type": "text/event-stream"}
    if coding is not None:
        headers["content-encoding"] = coding
    if coding == "gzip":
        body = gzip.compress(body)
    response = httpx.Response(200, headers=headers, stream=Chunks(split(body, "byte")))
    script = Script([lambda r: response])
    _, final, text = consume(twin, twin.client(script))
    assert text == "Bonjour"
    assert final.choices[0].message.content == "Bonjour"


def test_a_stream_reads_each_model_from_its_own_module_or_else_by_name() -> None:
    from openrouter_api import models
    from openrouter_api.models._index import MODULES

    from openrouter._streaming import ModelReader

    # every name resolves to the index's class: directly from the module its name spells, or,
    # for a module named otherwise (`AnthropicBase64PdfSource`: `anthropic_base_64_pdf_source`),
    # through the index
    for name in ("ChatCompletionChunk", "ResponseStreamEvent", "AnthropicBase64PdfSource"):
        assert name in MODULES
        assert ModelReader(name).resolve() == getattr(models, name).from_dict
