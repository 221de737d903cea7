"""Fault injection and the request log, through the real client and at the HTTP level."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

import openrouter
from openrouter.testing import FAKE_API_KEY, FakeOpenRouter
from tests.fakes import FakeClock
from tests.test_emulator_support import (
    AUTH,
    assert_valid,
    async_client,
    client,
    data_events,
    raw,
)

MODEL = "openai/gpt-4o-mini"
CHAT: dict[str, Any] = {
    "model": MODEL,
    "messages": [{"role": "user", "content": "Tell me about the sea"}],
}
STREAM: dict[str, Any] = {**CHAT, "stream": True}
KEEPALIVE = ": OPENROUTER PROCESSING\n\n"


def _chat(sdk: openrouter.OpenRouter) -> Any:
    return sdk.chat.completions.create(**CHAT)


def _stream_text(fake: FakeOpenRouter, path: str = "/chat/completions") -> str:
    body = STREAM if path == "/chat/completions" else {"model": MODEL, "prompt": "x y z w v"}
    if path != "/chat/completions":
        body = {**body, "stream": True}
    with raw(fake) as http, http.stream("POST", path, json=body, headers=AUTH) as response:
        assert response.status_code == 200
        return response.read().decode()


def test_fail_next_with_retry_after_then_success(fake: FakeOpenRouter) -> None:
    clock = FakeClock()
    fake.fail_next(status=429, times=2, retry_after=1.5)
    result = _chat(client(fake, clock=clock))
    assert result.choices[0].message.content
    assert [r.operation_id for r in fake.requests] == ["create_chat_completion"] * 3
    assert clock.sleeps == [1.5, 1.5]
    assert len(fake.generation_ids) == 1  # the refused attempts were not billed


def test_clear_faults_disarms_without_forgetting_the_request_log(fake: FakeOpenRouter) -> None:
    fake.fail_next(status=503, times=None)
    with pytest.raises(openrouter.APIStatusError):
        _chat(client(fake, max_retries=0))
    fake.clear_faults()
    assert _chat(client(fake, max_retries=0)).choices[0].message.content
    assert [r.operation_id for r in fake.requests] == ["create_chat_completion"] * 2


def test_fail_next_raises_the_typed_error_without_retries(fake: FakeOpenRouter) -> None:
    fake.fail_next(status=429, retry_after=2, message="Slow down")
    with pytest.raises(openrouter.RateLimitError) as caught:
        _chat(client(fake, max_retries=0))
    assert caught.value.retry_after == 2.0
    assert caught.value.code == 429 and "Slow down" in caught.value.message
    fake.fail_next(status=503, metadata={"provider_name": "OpenAI"})
    with pytest.raises(openrouter.ServiceUnavailableError) as unavailable:
        _chat(client(fake, max_retries=0))
    assert unavailable.value.metadata == {"provider_name": "OpenAI"}
    assert fake.pending_faults == []


def test_faults_can_target_one_operation_and_last_until_reset(fake: FakeOpenRouter) -> None:
    sdk = client(fake, max_retries=0)
    fake.fail_next(status=500, times=None, operation="count_models")
    assert _chat(sdk).choices
    for _ in range(3):
        with pytest.raises(openrouter.InternalServerError):
            sdk.models.count()
    fake.reset()
    assert sdk.models.count().data.count > 0


def test_an_error_in_a_200_body_raises_the_class_its_code_names(fake: FakeOpenRouter) -> None:
    fake.error_in_body_next(code=502, message="Upstream exploded")
    with raw(fake) as http:
        response = http.post("/chat/completions", json=CHAT, headers=AUTH)
    assert response.status_code == 200
    assert response.json() == {"error": {"code": 502, "message": "Upstream exploded"}}
    fake.error_in_body_next(code=502)
    with pytest.raises(openrouter.BadGatewayError) as caught:
        _chat(client(fake, max_retries=0))
    assert caught.value.status_code == 502
    fake.error_in_body_next(code=502)
    assert _chat(client(fake)).choices  # retried, then answered


def test_a_reset_before_headers_is_a_connection_error(fake: FakeOpenRouter) -> None:
    fake.reset_before_headers_next()
    with raw(fake) as http, pytest.raises(httpx.RemoteProtocolError):
        http.get("/models", headers=AUTH)
    fake.reset_before_headers_next()
    with pytest.raises(openrouter.APIConnectionError):
        _chat(client(fake, max_retries=0))
    fake.reset_before_headers_next(times=2)
    assert client(fake).models.list().data  # an idempotent GET is sent again
    assert fake.pending_faults == []


def test_a_generation_the_server_received_is_never_sent_twice(fake: FakeOpenRouter) -> None:
    fake.reset_before_headers_next(times=2)
    with pytest.raises(openrouter.APIConnectionError):
        _chat(client(fake))  # the request arrived whole: it may be running and billed
    assert len([r for r in fake.requests if r.operation_id == "create_chat_completion"]) == 1
    assert len(fake.pending_faults) == 1  # the second reset was never needed
    policy = openrouter.RetryPolicy(retry_sent_requests=True)
    assert _chat(client(fake, retry_policy=policy)).choices  # the caller accepts a second bill


def test_a_reset_mid_body_is_not_retried(fake: FakeOpenRouter) -> None:
    fake.reset_mid_body_next(after_bytes=10)
    with raw(fake) as http:
        with http.stream("POST", "/chat/completions", json=CHAT, headers=AUTH) as response:
            received = bytearray()
            with pytest.raises(httpx.ReadError):
                for piece in response.iter_raw():
                    received.extend(piece)
        assert bytes(received) == b'{"id":"gen'
    fake.reset_mid_body_next(after_bytes=50)
    with pytest.raises(openrouter.APIConnectionError):
        _chat(client(fake))
    assert len([r for r in fake.requests if r.operation_id == "create_chat_completion"]) == 2
    assert len(fake.generation_ids) == 2  # both calls completed upstream and were billed


def test_a_stream_error_after_k_chunks(fake: FakeOpenRouter) -> None:
    fake.stream_error_after(chunks=2, code=502, message="Upstream died")
    text = _stream_text(fake)
    assert text.startswith(KEEPALIVE) and "[DONE]" not in text
    chunks = data_events(text)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert [bool(c["choices"][0]["delta"].get("content")) for c in chunks[1:3]] == [True, True]
    error = chunks[-1]
    assert len(chunks) == 4
    assert error["error"] == {
        "code": 502,
        "message": "Upstream died",
        "metadata": {"provider_name": "OpenAI"},
    }
    assert error["choices"] == [{"index": 0, "delta": {"content": ""}, "finish_reason": "error"}]
    assert error["id"] == chunks[0]["id"] and error["object"] == "chat.completion.chunk"
    assert_valid("ChatCompletionChunk", error)
    fake.stream_error_after(chunks=1)
    completion_chunks = data_events(_stream_text(fake, "/completions"))
    assert completion_chunks[-1]["choices"][0]["finish_reason"] == "error"
    assert len(completion_chunks) == 2


def test_a_truncated_stream_just_ends(fake: FakeOpenRouter) -> None:
    fake.truncate_stream_after(chunks=1)
    text = _stream_text(fake)
    chunks = data_events(text)
    assert len(chunks) == 2 and "[DONE]" not in text
    assert all(c["choices"][0]["finish_reason"] is None for c in chunks)
    assert not any("usage" in c for c in chunks)
    assert text.endswith("\n\n")


def test_keepalives_only_for_stream_requests(fake: FakeOpenRouter) -> None:
    fake.keepalives_only_next(count=3, interval=0.01)
    assert _chat(client(fake)).choices  # a plain request is not a stream: unaffected
    started = time.monotonic()
    text = _stream_text(fake)
    assert text == KEEPALIVE * 3
    assert time.monotonic() - started >= 0.02
    assert fake.pending_faults == []


def test_slow_chunks_delay_every_chunk(fake: FakeOpenRouter) -> None:
    fake.slow_chunks(delay=0.01)
    started = time.monotonic()
    text = _stream_text(fake)
    chunks = text.count("\n\n")
    assert time.monotonic() - started >= 0.01 * chunks
    assert fake.pending_faults == []  # used up by that one call


async def test_async_faults_use_asyncio(fake: FakeOpenRouter, monkeypatch: Any) -> None:
    def no_blocking_sleep(seconds: float) -> None:
        raise AssertionError("the async adapter must not block the event loop")

    monkeypatch.setattr("openrouter.testing._fake.time.sleep", no_blocking_sleep)
    fake.slow_chunks(delay=0.005)
    fake.fail_next(status=429, retry_after=0.5)
    clock = FakeClock()
    async with httpx.AsyncClient(transport=fake) as http:
        result = await async_client(fake, http, clock=clock).chat.completions.create(**CHAT)
        assert result.choices and clock.sleeps == [0.5]
        fake.reset_before_headers_next()
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("https://openrouter.ai/api/v1/models", headers=AUTH)
        fake.reset_mid_body_next(after_bytes=5)
        url = "https://openrouter.ai/api/v1/chat/completions"
        async with http.stream("POST", url, json=STREAM, headers=AUTH) as response:
            with pytest.raises(httpx.ReadError):
                await response.aread()
        fake.stream_error_after(chunks=1)
        async with http.stream("POST", url, json=STREAM, headers=AUTH) as response:
            text = (await response.aread()).decode()
    assert data_events(text)[-1]["choices"][0]["finish_reason"] == "error"


def test_the_request_log_records_what_was_sent(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    _chat(sdk)
    sdk.models.list(output_modalities="text", q="gpt")
    chat, models = fake.requests
    assert (chat.method, chat.path, chat.operation_id) == (
        "POST",
        "/api/v1/chat/completions",
        "create_chat_completion",
    )
    assert chat.body == CHAT and chat.json == CHAT
    assert chat.headers["content-type"] == "application/json"
    assert chat.headers["authorization"].startswith("Bearer sk-or-v1-")
    assert FAKE_API_KEY not in repr(fake.requests)
    assert FAKE_API_KEY not in str(chat.headers)
    assert models.query == {"output_modalities": "text", "q": "gpt"} and models.body is None
    assert fake.last_request == models
    fake.fail_next(status=500)
    fake.reset()
    assert fake.requests == [] and fake.pending_faults == []
    assert len(fake.generation_ids) == 1  # reset() keeps the account
    fake.reset(state=True)
    assert fake.generation_ids == [] and fake.total_usage == 0
