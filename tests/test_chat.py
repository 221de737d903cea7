"""`chat.completions.create`: keyword arguments in, typed completion out; bad input never sent."""

from __future__ import annotations

import json

import httpx
import pytest

import openrouter
from openrouter.params import ChatMessage
from tests import payloads
from tests.conftest import Twin
from tests.fakes import Script

COMPLETION = httpx.Response(
    200,
    json=payloads.CHAT_COMPLETION,
    headers={"X-Generation-Id": "gen-1764000000-Q7vXcN2pLm4RtY8s"},
)
HELLO: list[ChatMessage] = [{"role": "user", "content": "Hi"}]


def test_create_sends_the_parameters_and_parses_the_completion(twin: Twin) -> None:
    script = Script([COMPLETION])
    client = twin.client(script)
    completion = twin.call(
        client,
        lambda c: c.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=HELLO,
            temperature=0.2,
            max_tokens=50,
            provider={"sort": "price", "allow_fallbacks": False},
            extra_body={"transforms": ["middle-out"]},
        ),
    )
    sent = json.loads(script.requests[0].content)
    assert sent == {
        "model": "openai/gpt-4o-mini",
        "messages": HELLO,
        "temperature": 0.2,
        "max_tokens": 50,
        "provider": {"sort": "price", "allow_fallbacks": False},
        "transforms": ["middle-out"],
    }
    assert script.requests[0].url.path == "/api/v1/chat/completions"
    assert completion.id == "gen-1764000000-Q7vXcN2pLm4RtY8s"
    assert completion.usage.cost == pytest.approx(0.0000166)
    assert completion.choices[0].message.tool_calls[0].function.name == "get_weather"


def test_none_is_sent_as_null_and_not_given_is_left_out(twin: Twin) -> None:
    script = Script([COMPLETION])
    twin.call(
        twin.client(script),
        lambda c: c.chat.completions.create(
            model="m", messages=HELLO, seed=None, temperature=openrouter.NOT_GIVEN
        ),
    )
    sent = json.loads(script.requests[0].content)
    assert sent["seed"] is None
    assert "temperature" not in sent


def test_generated_models_are_accepted_as_messages(twin: Twin) -> None:
    from openrouter_api.models import UserMessage

    script = Script([COMPLETION])
    message = UserMessage.from_dict({"role": "user", "content": "from a model"})
    twin.call(
        twin.client(script), lambda c: c.chat.completions.create(model="m", messages=[message])
    )
    assert json.loads(script.requests[0].content)["messages"] == [
        {"role": "user", "content": "from a model"}
    ]


@pytest.mark.parametrize(
    ("kwargs", "error", "names"),
    [
        ({"model": "m"}, TypeError, "messages"),
        ({"model": "m", "messages": []}, ValueError, "messages"),
        ({"model": "m", "messages": "hi"}, TypeError, "messages"),
        ({"model": "m", "messages": [{"role": "wizard", "content": "x"}]}, ValueError, "role"),
        ({"model": "m", "messages": [{"role": "user"}]}, ValueError, "content"),
        (
            {"model": "m", "messages": [{"role": "tool", "content": "x"}]},
            ValueError,
            "tool_call_id",
        ),
        (
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "img"}]}]},
            ValueError,
            "type",
        ),
        ({"model": "m", "messages": HELLO, "temperature": 3}, ValueError, "temperature"),
        ({"model": "m", "messages": HELLO, "temperature": "hot"}, TypeError, "temperature"),
        ({"model": "m", "messages": HELLO, "top_p": 1.5}, ValueError, "top_p"),
        ({"model": "m", "messages": HELLO, "max_tokens": 0}, ValueError, "max_tokens"),
        ({"model": "m", "messages": HELLO, "max_tokens": 2.5}, TypeError, "max_tokens"),
        ({"model": "m", "messages": HELLO, "stop": ["a", "b", "c", "d", "e"]}, ValueError, "stop"),
        ({"model": "m", "messages": HELLO, "top_logprobs": 5}, ValueError, "top_logprobs"),
        (
            {"model": "m", "messages": HELLO, "logit_bias": {"50256": -200}},
            ValueError,
            "logit_bias",
        ),
        ({"model": "m", "messages": HELLO, "tool_choice": "sometimes"}, ValueError, "tool_choice"),
        ({"model": "m", "messages": HELLO, "metadata": {"k": 1}}, TypeError, "metadata"),
        ({"model": "m", "messages": HELLO, "temprature": 1}, TypeError, "temprature"),
        ({"model": "", "messages": HELLO}, ValueError, "model"),
        (
            {"model": "m", "messages": HELLO, "reasoning": {"effort": "high", "max_tokens": 10}},
            ValueError,
            "reasoning",
        ),
    ],
)
def test_bad_input_is_rejected_before_sending(
    twin: Twin, kwargs: dict[str, object], error: type[Exception], names: str
) -> None:
    script = Script([])
    client = twin.client(script)
    with pytest.raises(error, match=names):
        twin.call(client, lambda c: c.chat.completions.create(**kwargs))
    assert script.requests == []


def test_raw_response_gives_headers_and_parses_on_demand(twin: Twin) -> None:
    script = Script([COMPLETION])
    raw = twin.call(
        twin.client(script),
        lambda c: c.chat.completions.with_raw_response.create(model="m", messages=HELLO),
    )
    assert raw.status_code == 200
    assert raw.generation_id == "gen-1764000000-Q7vXcN2pLm4RtY8s"
    assert raw.parse().choices[0].finish_reason == "tool_calls"
    assert raw.parse() is raw.parse()


def test_a_completion_that_does_not_fit_the_model_raises_with_the_raw_body(twin: Twin) -> None:
    broken = httpx.Response(200, json={"id": "gen-x", "object": "chat.completion"})
    with pytest.raises(openrouter.ResponseValidationError) as caught:
        twin.call(
            twin.client(Script([broken])),
            lambda c: c.chat.completions.create(model="m", messages=HELLO),
        )
    assert '"gen-x"' in caught.value.body
