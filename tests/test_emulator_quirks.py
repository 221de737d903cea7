"""Quirks of real traffic, served by the emulator and read through the real client."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import openrouter
from openrouter.testing import FAKE_API_KEY, FakeOpenRouter, run_server
from tests.test_emulator_support import AUTH, client, data_events, raw
from tests.typed import present

ASK: dict[str, Any] = {
    "model": "openai/gpt-4o-mini",
    "messages": [{"role": "user", "content": "Tell me about tides"}],
}


def deltas(fake: FakeOpenRouter) -> list[dict[str, Any]]:
    """The `delta` of every chunk of one streamed chat, as sent."""
    with raw(fake) as http:
        body = http.post("/chat/completions", json={**ASK, "stream": True}, headers=AUTH).text
    events = [e for e in data_events(body) if isinstance(e, dict)]
    return [e["choices"][0]["delta"] for e in events if e.get("choices")]


def test_reasoning_first_streams_long_reasoning_then_the_text(fake: FakeOpenRouter) -> None:
    fake.reasoning_first_next(words=60)
    sent = deltas(fake)
    kinds = "".join("r" if d.get("reasoning") else "t" if d.get("content") else "-" for d in sent)
    assert kinds.strip("-").startswith("r" * 20) and kinds.strip("-").endswith("t")
    assert "tr" not in kinds  # no reasoning once the text has started

    fake.reasoning_first_next(words=60)
    with client(fake).chat.completions.create(**ASK, stream=True) as stream:
        text = "".join(stream.text_stream)
    message = stream.get_final_completion().choices[0].message
    assert len(present(message.reasoning).split()) == 60
    assert text == message.content and "tides" in text


def test_a_tool_call_only_stream_has_no_text(fake: FakeOpenRouter) -> None:
    fake.tool_calls_only_next("get_weather", '{"city": "Paris", "unit": "celsius"}')
    sent = deltas(fake)
    assert next(d for d in sent if d.get("tool_calls"))["content"] is None
    assert not any(d.get("content") for d in sent)

    fake.tool_calls_only_next("get_weather", '{"city": "Paris", "unit": "celsius"}')
    with client(fake).chat.completions.create(**ASK, stream=True) as stream:
        assert "".join(stream.text_stream) == ""
    choice = stream.get_final_completion().choices[0]
    assert choice.finish_reason == "tool_calls"
    (call,) = present(choice.message.tool_calls)
    assert call.function.name == "get_weather"
    assert call.function.arguments == '{"city": "Paris", "unit": "celsius"}'


def test_an_error_after_reasoning_reaches_the_caller_typed(fake: FakeOpenRouter) -> None:
    fake.error_after_reasoning_next(words=30, code=502)
    events = deltas(fake)
    assert events[-2].get("reasoning") and not any(d.get("content") for d in events)

    fake.error_after_reasoning_next(words=30, code=502, times=None)
    sdk = client(fake, max_retries=1)
    with (
        pytest.raises(openrouter.APIError, match="Provider returned error"),
        sdk.chat.completions.create(**ASK, stream=True) as stream,
    ):
        "".join(stream.text_stream)


def test_keep_alive_bursts_change_nothing_but_the_wire(fake: FakeOpenRouter) -> None:
    with client(fake).chat.completions.create(**ASK, stream=True) as stream:
        plain = "".join(stream.text_stream)
    fake.keepalive_bursts_next(burst=25, every=1, times=None)
    with run_server(fake) as url:
        with httpx.Client(base_url=url, headers=AUTH) as http:
            wire = http.post("/chat/completions", json={**ASK, "stream": True}).text
        sdk = openrouter.OpenRouter(api_key=FAKE_API_KEY, base_url=url, max_retries=0)
        with sdk, sdk.chat.completions.create(**ASK, stream=True) as stream:
            assert "".join(stream.text_stream) == plain
    assert wire.count(": OPENROUTER PROCESSING") > 25 * len(data_events(wire))


def test_drift_leaves_fields_out_and_adds_unknown_ones(fake: FakeOpenRouter) -> None:
    fake.drift_next(null_lists=False)
    with raw(fake) as http:
        body = http.post("/chat/completions", json=ASK, headers=AUTH).json()
    assert "system_fingerprint" not in body and "cost_details" not in body["usage"]
    assert body["choices"][0]["message"]["reasoning_details"][0]["type"].startswith("reasoning.")
    assert body["x_emulator_future_field"] == {"added": "later"}

    fake.drift_next(null_lists=False)
    completion = client(fake).chat.completions.create(**ASK)
    assert "tides" in present(completion.choices[0].message.content)
    assert completion.to_dict()["x_emulator_future_field"] == {"added": "later"}


def test_drifted_streams_still_read_whole(fake: FakeOpenRouter) -> None:
    fake.drift_next()  # every kind of drift, null lists included
    sent = deltas(fake)
    assert any(d.get("tool_calls", "absent") is None for d in sent)

    fake.drift_next()
    with client(fake).chat.completions.create(**ASK, stream=True) as stream:
        assert "tides" in "".join(stream.text_stream)
    assert present(stream.get_final_completion().usage).cost


def test_null_lists_in_a_json_body(fake: FakeOpenRouter) -> None:
    # Served as real providers send it; the generated models do not accept these nulls yet
    # (ChatCompletion.from_dict raises), so this reads the wire only.
    fake.drift_next(missing_fields=False, unknown_variants=False)
    with raw(fake) as http:
        body = http.post("/chat/completions", json=ASK, headers=AUTH).json()
    message = body["choices"][0]["message"]
    assert message["tool_calls"] is None and message["annotations"] is None
