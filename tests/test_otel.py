"""OpenTelemetry tracing: one span per call (retries and streams included), GenAI attributes,
errors, global and per-client instrumentation; nothing imported when not enabled. Sync and async."""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import openrouter
from openrouter import otel
from openrouter.testing import FAKE_API_KEY, FakeOpenRouter
from tests import payloads
from tests.fakes import FakeClock, Script, error
from tests.streams import chat_body, event_stream

MODEL = "openai/gpt-4o-mini"
HELLO = [{"role": "user", "content": "Hi"}]
ANSWER = httpx.Response(200, json=payloads.CHAT_COMPLETION)
Transport = FakeOpenRouter | Script


class Traced:
    """Spans exported to memory from a private provider."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))

    @property
    def spans(self) -> tuple[ReadableSpan, ...]:
        return tuple(self.exporter.get_finished_spans())

    def only(self) -> ReadableSpan:
        (span,) = self.spans
        return span

    def failed(self, error_type: str) -> ReadableSpan:
        """The one span, which ended with an error of this type."""
        span = self.only()
        assert span.status.status_code is trace.StatusCode.ERROR
        assert span.attributes is not None and span.attributes["error.type"] == error_type
        return span


@pytest.fixture
def traced() -> Iterator[Traced]:
    yield Traced()
    otel.uninstrument()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def client_for(mode: str, transport: Transport, **options: Any) -> Any:
    options = {"api_key": FAKE_API_KEY, "clock": FakeClock(), **options}
    if mode == "sync":
        http: Any = (
            transport.sync_client()
            if isinstance(transport, Script)
            else httpx.Client(transport=transport)
        )
        return openrouter.OpenRouter(http_client=http, **options)
    http = (
        transport.async_client()
        if isinstance(transport, Script)
        else httpx.AsyncClient(transport=transport)
    )
    return openrouter.AsyncOpenRouter(http_client=http, **options)


def chat(client: Any, **params: Any) -> Any:
    """One chat completion, awaited on an async client."""
    params = {"model": MODEL, "messages": HELLO, **params}
    if isinstance(client, openrouter.OpenRouter):
        return client.chat.completions.create(**params)
    return asyncio.run(client.chat.completions.create(**params))


def streamed(client: Any, during: Callable[[], None] = lambda: None) -> Any:
    """Read a whole chat stream; `during` runs after its first chunk."""
    params: dict[str, Any] = {"model": MODEL, "messages": HELLO, "stream": True}
    if isinstance(client, openrouter.OpenRouter):
        with client.chat.completions.create(**params) as stream:
            next(iter(stream))
            during()
            return stream.get_final_completion()

    async def go() -> Any:
        async with await client.chat.completions.create(**params) as stream:
            await anext(aiter(stream))
            during()
            return await stream.get_final_completion()

    return asyncio.run(go())


def test_a_call_is_one_client_span_with_the_genai_attributes(mode: str, traced: Traced) -> None:
    client = client_for(mode, FakeOpenRouter())
    otel.instrument(client, tracer_provider=traced.provider)
    answer = chat(client, temperature=0.2, top_p=0.9, max_tokens=5, stop="\n")
    span = traced.only()
    assert span.name == f"chat {MODEL}"
    assert span.kind is trace.SpanKind.CLIENT
    assert span.status.status_code is trace.StatusCode.UNSET
    attributes = dict(span.attributes or {})
    assert attributes == attributes | {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openrouter",
        "gen_ai.system": "openrouter",
        "gen_ai.request.model": MODEL,
        "gen_ai.request.temperature": 0.2,
        "gen_ai.request.top_p": 0.9,
        "gen_ai.request.max_tokens": 5,
        "gen_ai.request.stop_sequences": ("\n",),
        "gen_ai.response.model": MODEL,
        "gen_ai.response.id": answer.id,
        "gen_ai.response.finish_reasons": ("length",),
        "gen_ai.usage.input_tokens": answer.usage.prompt_tokens,
        "gen_ai.usage.output_tokens": answer.usage.completion_tokens,
        "gen_ai.usage.reasoning.output_tokens": 0,
        "openrouter.provider": answer.provider,
        "openrouter.generation_id": answer.id,
        "openrouter.cost": answer.usage.cost,
        "openrouter.retries": 0,
        "server.address": "openrouter.ai",
        "server.port": 443,
    }
    assert not [name for name in attributes if "messages" in name]  # no content by default


def test_a_retried_call_is_one_span_with_an_event_per_retry(mode: str, traced: Traced) -> None:
    client = client_for(mode, Script([error(503), ANSWER]))
    otel.instrument(client, tracer_provider=traced.provider)
    chat(client)
    span = traced.only()
    assert span.attributes is not None and span.attributes["openrouter.retries"] == 1
    (retry,) = span.events
    assert retry.name == "openrouter.retry"
    assert dict(retry.attributes or {}) == {
        "openrouter.attempt": 0,
        "openrouter.retry.delay": 0.5,
        "error.type": "ServiceUnavailableError",
        "http.response.status_code": 503,
    }
    assert span.status.status_code is trace.StatusCode.UNSET


def test_a_stream_span_ends_with_the_stream_and_has_time_to_first_chunk(
    mode: str, traced: Traced
) -> None:
    client = client_for(mode, FakeOpenRouter())
    otel.instrument(client, tracer_provider=traced.provider)
    open_while_reading: list[int] = []
    final = streamed(client, lambda: open_while_reading.append(len(traced.spans)))
    assert open_while_reading == [0]
    span = traced.only()
    attributes: Any = span.attributes or {}
    assert span.name == f"chat {MODEL}" and attributes["gen_ai.request.stream"] is True
    assert 0 <= attributes["gen_ai.response.time_to_first_chunk"] < 5
    assert [event.name for event in span.events] == ["gen_ai.first_chunk"]
    assert attributes["gen_ai.usage.output_tokens"] == final.usage.completion_tokens
    assert attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert attributes["openrouter.cost"] == pytest.approx(final.usage.cost)
    assert attributes["openrouter.generation_id"] == final.id


def test_a_stream_whose_body_came_whole_still_ends_its_span(mode: str, traced: Traced) -> None:
    client = client_for(mode, Script([lambda r: event_stream(chat_body("Hi"), "whole")]))
    otel.instrument(client, tracer_provider=traced.provider)
    streamed(client)
    attributes = traced.only().attributes or {}
    assert attributes["gen_ai.usage.output_tokens"] == 4
    assert attributes["openrouter.generation_id"] == "gen-s1"


def test_a_failed_call_sets_the_error_status_and_type(mode: str, traced: Traced) -> None:
    client = client_for(mode, Script([error(400, "no such model")]))
    otel.instrument(client, tracer_provider=traced.provider)
    with pytest.raises(openrouter.BadRequestError):
        chat(client)
    span = traced.failed("BadRequestError")
    assert span.attributes is not None and span.attributes["http.response.status_code"] == 400
    (event,) = span.events
    assert event.name == "exception" and event.attributes is not None
    assert "no such model" in str(event.attributes["exception.message"])


def test_a_stream_that_breaks_ends_its_span_with_the_error(mode: str, traced: Traced) -> None:
    broken = chat_body("Hi", "there", done=False, finish=False)
    client = client_for(mode, Script([lambda r: event_stream(broken)]), max_retries=0)
    otel.instrument(client, tracer_provider=traced.provider)
    with pytest.raises(openrouter.IncompleteStreamError):
        streamed(client)
    traced.failed("IncompleteStreamError")


def test_a_stream_collected_unclosed_ends_its_span(mode: str, traced: Traced) -> None:
    client = client_for(mode, FakeOpenRouter())
    otel.instrument(client, tracer_provider=traced.provider)
    params: dict[str, Any] = {"model": MODEL, "messages": HELLO, "stream": True}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        if mode == "sync":
            client.chat.completions.create(**params)
        else:

            async def go() -> None:
                await client.chat.completions.create(**params)

            asyncio.run(go())
        gc.collect()
    assert len(traced.spans) == 1
    (layer,) = client._config.middleware
    assert layer.tracing._calls == {}


def test_content_is_recorded_only_when_asked_and_never_the_key(mode: str, traced: Traced) -> None:
    key = "sk-or-v1-" + "0123456789abcdef" * 4
    client = client_for(mode, Script([ANSWER]), api_key=key)
    otel.instrument(client, tracer_provider=traced.provider, capture_content=True)
    leaked = [{"role": "user", "content": f"my key is {key}, keep it safe"}]
    chat(client, messages=leaked)
    span = traced.only()
    attributes = span.attributes or {}
    sent = json.loads(str(attributes["gen_ai.input.messages"]))
    assert sent == [{"role": "user", "content": "my key is [REDACTED], keep it safe"}]
    assert json.loads(str(attributes["gen_ai.output.messages"]))[0]["role"] == "assistant"
    everything = json.dumps([dict(attributes), [dict(e.attributes or {}) for e in span.events]])
    assert key not in everything and "0123456789abcdef" not in everything


def test_the_call_span_is_current_while_its_attempts_are_sent(mode: str, traced: Traced) -> None:
    seen: list[trace.Span] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(trace.get_current_span())
        return httpx.Response(200, json=payloads.CHAT_COMPLETION)

    client = client_for(mode, Script([answer]))
    otel.instrument(client, tracer_provider=traced.provider)
    chat(client)
    assert seen[0].get_span_context() == traced.only().get_span_context()


def test_instrument_without_a_client_traces_every_new_client(traced: Traced) -> None:
    fake = FakeOpenRouter()
    before = client_for("sync", fake)
    otel.instrument(tracer_provider=traced.provider)
    sync_client, async_client = client_for("sync", fake), client_for("async", fake)
    chat(before)
    assert traced.spans == ()
    chat(sync_client)
    chat(async_client)
    otel.instrument(sync_client, tracer_provider=traced.provider)  # already traced: no twin
    chat(sync_client)
    assert len(traced.spans) == 3

    otel.uninstrument()
    chat(sync_client)
    chat(client_for("async", fake))
    assert len(traced.spans) == 3
    assert openrouter.OpenRouter(api_key="k")._config.middleware == ()


def test_uninstrument_stops_a_client_instrumented_in_place(mode: str, traced: Traced) -> None:
    client = client_for(mode, FakeOpenRouter())
    otel.instrument(client, tracer_provider=traced.provider)
    chat(client)
    otel.uninstrument()
    chat(client)
    assert len(traced.spans) == 1


def test_calls_from_many_threads_get_one_span_each(traced: Traced) -> None:
    client = client_for("sync", FakeOpenRouter())
    otel.instrument(client, tracer_provider=traced.provider)

    def work() -> None:
        for _ in range(5):
            chat(client)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({span.context.span_id for span in traced.spans if span.context}) == 40
    (layer,) = client._config.middleware
    assert layer.tracing._calls == {}


def test_instrument_refuses_what_is_not_a_client() -> None:
    with pytest.raises(TypeError, match="OpenRouter or AsyncOpenRouter"):
        otel.instrument(httpx.Client())


def test_nothing_of_opentelemetry_is_imported_when_tracing_is_off() -> None:
    probe = (
        "import sys, httpx, openrouter\n"
        "from openrouter.testing import FAKE_API_KEY, FakeOpenRouter\n"
        "client = openrouter.OpenRouter(api_key=FAKE_API_KEY,"
        " http_client=httpx.Client(transport=FakeOpenRouter()))\n"
        f"client.chat.completions.create(model={MODEL!r}, messages={HELLO!r})\n"
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[]"


def test_request_parameters_become_attributes_when_the_body_has_them() -> None:
    from openrouter._genai import request_attributes

    fallbacks = [MODEL, "anthropic/claude-3.5-haiku"]
    table = [  # (body field, value, attribute, recorded value)
        ("model", MODEL, "gen_ai.request.model", MODEL),
        ("models", fallbacks, "openrouter.request.models", fallbacks),
        ("n", 2, "gen_ai.request.choice.count", 2),
        ("seed", 7, "gen_ai.request.seed", 7),
        ("stop", "END", "gen_ai.request.stop_sequences", ["END"]),
        ("max_output_tokens", 64, "gen_ai.request.max_tokens", 64),
        ("reasoning", {"effort": "high"}, "gen_ai.request.reasoning.level", "high"),
        ("response_format", {"type": "json_schema"}, "gen_ai.output.type", "json"),
    ]
    body = {field: value for field, value, _, _ in table}
    body["temperature"] = True  # not a number: left out
    assert request_attributes(body) == {name: recorded for _, _, name, recorded in table}


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (
            {
                "status": "completed",
                "usage": {
                    "input_tokens": 3,
                    "output_tokens": 9,
                    "input_tokens_details": {"cached_tokens": 2},
                    "output_tokens_details": {"reasoning_tokens": 5},
                },
            },
            "completed",
        ),
        (
            {
                "stop_reason": "end_turn",
                "usage": {"input_tokens": 3, "output_tokens": 9, "cache_read_input_tokens": 2},
            },
            "end_turn",
        ),
    ],
    ids=["responses", "messages"],
)
def test_usage_and_finish_reasons_are_read_in_each_api_shape(
    answer: dict[str, Any], reason: str
) -> None:
    from openrouter._genai import clean, response_attributes

    attributes = clean(response_attributes({"id": "gen-1", "model": MODEL, **answer}))
    assert attributes["gen_ai.response.finish_reasons"] == [reason]
    assert attributes["gen_ai.usage.input_tokens"] == 3
    assert attributes["gen_ai.usage.output_tokens"] == 9
    assert attributes["gen_ai.usage.cache_read.input_tokens"] == 2
    if "output_tokens_details" in answer["usage"]:
        assert attributes["gen_ai.usage.reasoning.output_tokens"] == 5


class BrokenProvider:
    """A tracer provider whose tracer cannot start spans."""

    def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
        return self

    def start_span(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the exporter is misconfigured")


def test_a_tracing_failure_is_logged_and_never_breaks_the_call(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = client_for(mode, FakeOpenRouter())
    otel.instrument(client, tracer_provider=BrokenProvider())
    assert chat(client).choices
    assert "could not trace a CallStarted event" in caplog.text
