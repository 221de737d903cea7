"""The tool runner (`chat.completions.run_tools`) and function tools from Python, sync and async.

Against the emulator, which calls the offered tools while the last message is the user's and
answers in words once a tool result is last; scripted answers cover what it never sends.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from decimal import Decimal
from typing import Any, Literal

import httpx
import pydantic
import pytest
from openrouter_api.models import ChatUsage

import openrouter
from openrouter import tool_from_function, tool_from_model
from openrouter.params import ChatMessage
from openrouter.testing import FakeOpenRouter
from tests.conftest import Twin
from tests.fakes import Script
from tests.test_emulator_support import async_client, client

MODEL = "openai/gpt-4o-mini"
ASK: list[ChatMessage] = [{"role": "user", "content": "What is the weather in Paris?"}]


@dataclasses.dataclass
class Report:
    city: str
    celsius: int


def get_weather(city: str, unit: Literal["c", "f"] = "c") -> Report:
    """Current weather for a city.

    Args:
        city: the city name, in English.
        unit: the temperature unit.
    """
    return Report(city, 21 if unit == "c" else 70)


def _emulated(flavour: str, fake: FakeOpenRouter) -> Any:
    if flavour == "sync":
        return client(fake)
    return async_client(fake, httpx.AsyncClient(transport=fake))


def _run(flavour: str, value: Any) -> Any:
    if flavour == "async":

        async def wait() -> Any:
            return await value

        return asyncio.run(wait())
    return value


# -- function tools ---------------------------------------------------------------------------
def test_a_function_becomes_a_strict_tool_from_its_hints_and_docstring() -> None:
    tool = tool_from_function(get_weather)
    assert tool == {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather for a city.",
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "the city name, in English."},
                    "unit": {
                        "enum": ["c", "f"],
                        "type": "string",
                        "description": "the temperature unit.",
                    },
                },
                "required": ["city", "unit"],
                "additionalProperties": False,
            },
            "strict": True,
        },
    }
    assert tool.parse_arguments('{"city": "Oslo", "unit": null}') == {"city": "Oslo"}
    with pytest.raises(ValueError, match="unit"):
        tool.parse_arguments('{"city": "Oslo", "unit": "kelvin"}')
    with pytest.raises(ValueError, match="city"):
        tool.parse_arguments("{}")


def test_a_model_class_becomes_a_tool_whose_arguments_decode_into_it() -> None:
    class Contact(pydantic.BaseModel):
        """Save a contact."""

        name: str
        email: str | None

    tool = tool_from_model(Contact)
    function = tool["function"]
    assert (function["name"], function["description"], function["strict"]) == (
        "Contact",
        "Save a contact.",
        True,
    )
    assert function["parameters"]["required"] == ["name", "email"]
    contact = tool.parse_arguments('{"name": "Ada", "email": null}')
    assert isinstance(contact, Contact) and contact.name == "Ada"


def _item_types() -> tuple[type[Any], type[Any]]:
    """Two different classes that share the name `Item`."""

    @dataclasses.dataclass
    class Item:
        x: int

    first = Item

    @dataclasses.dataclass
    class Item:  # type: ignore[no-redef]
        y: str

    return first, Item


def test_parameter_types_sharing_a_name_keep_a_definition_each() -> None:
    first, second = _item_types()

    def pair(a: Any, b: Any) -> str:
        return "ok"

    pair.__annotations__.update(a=first, b=second)  # two classes that share one name

    tool = tool_from_function(pair)
    parameters = tool["function"]["parameters"]
    definitions = parameters["$defs"]
    a, b = (parameters["properties"][n]["$ref"].rsplit("/", 1)[1] for n in ("a", "b"))
    assert a != b
    assert set(definitions[a]["properties"]) == {"x"}
    assert set(definitions[b]["properties"]) == {"y"}
    assert tool.parse_arguments('{"a": {"x": 1}, "b": {"y": "z"}}') == {
        "a": first(x=1),
        "b": second(y="z"),
    }


def test_a_model_tool_without_a_docstring_has_no_made_up_description() -> None:
    @dataclasses.dataclass
    class City:
        name: str

    assert "description" not in tool_from_model(City)["function"]


def test_functions_that_cannot_be_described_are_refused() -> None:
    def untyped(city):  # type: ignore[no-untyped-def]
        return city

    def variadic(*cities: str) -> str:
        return ""

    with pytest.raises(TypeError, match="type hint"):
        tool_from_function(untyped)
    with pytest.raises(TypeError, match=r"\*args"):
        tool_from_function(variadic)


def test_a_function_tool_is_accepted_by_create(fake: FakeOpenRouter) -> None:
    with client(fake) as c:
        completion = c.chat.completions.create(
            model=MODEL, messages=ASK, tools=[tool_from_function(get_weather)]
        )
    calls = completion.choices[0].message.tool_calls
    assert calls and calls[0].function.name == "get_weather"
    assert json.loads(calls[0].function.arguments)["unit"] in ("c", "f")


def test_a_tool_returning_an_answer_of_this_client_sends_its_json(fake: FakeOpenRouter) -> None:
    def usage_of(city: str) -> ChatUsage:
        """The usage of the last call about a city.

        Args:
            city: the city.
        """
        return ChatUsage.from_dict({"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7})

    result = client(fake).chat.completions.run_tools(model=MODEL, messages=ASK, tools=[usage_of])
    assert json.loads(result.messages[2]["content"]) == {
        "prompt_tokens": 3,
        "completion_tokens": 4,
        "total_tokens": 7,
    }


# -- the loop ---------------------------------------------------------------------------------
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_run_tools_runs_the_function_and_returns_the_answer_transcript_and_cost(
    fake: FakeOpenRouter, flavour: str
) -> None:
    c = _emulated(flavour, fake)
    with c.cost_scope("tools") as scope:
        result = _run(
            flavour, c.chat.completions.run_tools(model=MODEL, messages=ASK, tools=[get_weather])
        )
    assert isinstance(result, openrouter.ToolRunResult)
    assert [m["role"] for m in result.messages] == ["user", "assistant", "tool", "assistant"]
    assert json.loads(result.messages[2]["content"]) == {"city": "Paris", "celsius": 21}
    assert result.content and "get_weather" in result.content
    assert result.rounds == 2 and result.completion is result.completions[-1]
    assert result.tool_calls[0].name == "get_weather" and result.tool_calls[0].error is None
    # every round is an ordinary call: the cost scope and the emulator saw both
    assert result.cost == scope.total == fake.total_usage > 0
    assert len(fake.requests) == 2
    assert fake.requests[0].body["tools"][0]["function"]["strict"] is True
    assert fake.requests[1].body["messages"][-1]["role"] == "tool"
    assert ASK == [{"role": "user", "content": "What is the weather in Paris?"}]  # not changed


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_tool_that_raises_sends_the_error_to_the_model(
    fake: FakeOpenRouter, flavour: str
) -> None:
    def broken(city: str) -> str:
        raise LookupError(f"no station in {city}")

    c = _emulated(flavour, fake)
    result = _run(flavour, c.chat.completions.run_tools(model=MODEL, messages=ASK, tools=[broken]))
    assert result.messages[2]["content"] == "Error: LookupError: no station in Paris"
    assert result.tool_calls[0].error == "Error: LookupError: no station in Paris"
    assert "LookupError" in (result.content or "")


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_max_rounds_raises_with_the_transcript(fake: FakeOpenRouter, flavour: str) -> None:
    c = _emulated(flavour, fake)
    with pytest.raises(openrouter.ToolRoundsExceededError, match="after 1 rounds") as caught:
        _run(
            flavour,
            c.chat.completions.run_tools(
                model=MODEL, messages=ASK, tools=[get_weather], max_rounds=1
            ),
        )
    error = caught.value
    assert [m["role"] for m in error.messages] == ["user", "assistant"]
    assert len(error.completions) == 1 and error.cost == fake.total_usage


def _tool_call_answer(*calls: tuple[str, str]) -> httpx.Response:
    tool_calls = [
        {"id": f"call_{i}", "type": "function", "function": {"name": n, "arguments": a}}
        for i, (n, a) in enumerate(calls)
    ]
    message = {"role": "assistant", "content": None, "tool_calls": tool_calls}
    return _answer(message, "tool_calls")


def _answer(message: dict[str, Any], finish: str = "stop") -> httpx.Response:
    body = {
        "id": "gen-1",
        "object": "chat.completion",
        "created": 1,
        "model": MODEL,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "cost": 0.25},
    }
    return httpx.Response(200, json=body)


def test_bad_arguments_and_unknown_tools_are_reported_to_the_model(twin: Twin) -> None:
    called: list[str] = []

    def lookup(city: str) -> str:
        called.append(city)
        return "sunny"

    script = Script(
        [
            _tool_call_answer(
                ("lookup", '{"city": 3}'), ("lookup", "not json"), ("teleport", "{}")
            ),
            _answer({"role": "assistant", "content": "Sorry."}),
        ]
    )
    c = twin.client(script)
    result = twin.call(
        c, lambda c: c.chat.completions.run_tools(model=MODEL, messages=ASK, tools=[lookup])
    )
    outputs = [m["content"] for m in result.messages if m["role"] == "tool"]
    assert outputs[0].startswith("Error: invalid arguments for lookup: city: expected a string")
    assert outputs[1].startswith("Error: invalid arguments for lookup")
    assert outputs[2] == "Error: there is no tool named 'teleport'"
    assert called == [] and result.content == "Sorry."
    assert result.cost == Decimal("0.5")
    sent = json.loads(script.requests[1].content)
    assert [m["tool_call_id"] for m in sent["messages"] if m["role"] == "tool"] == [
        "call_0",
        "call_1",
        "call_2",
    ]


def test_parallel_calls_run_concurrently_on_the_async_client(fake: FakeOpenRouter) -> None:
    running = 0
    most = 0

    async def slow_a(city: str) -> str:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0.05)
        running -= 1
        return "a"

    async def slow_b(city: str) -> str:
        return await slow_a(city)

    c = _emulated("async", fake)
    result = _run(
        "async",
        c.chat.completions.run_tools(
            model=MODEL, messages=ASK, tools=[slow_a, slow_b], parallel_tool_calls=True
        ),
    )
    assert most == 2  # both calls were running at once
    assert [r.name for r in result.tool_calls] == ["slow_a", "slow_b"]


def test_the_sync_client_runs_parallel_calls_and_async_functions_too(
    fake: FakeOpenRouter,
) -> None:
    async def forecast(city: str, days: int) -> dict[str, Any]:
        await asyncio.sleep(0)
        return {"city": city, "days": days}

    with client(fake) as c:
        result = c.chat.completions.run_tools(
            model=MODEL, messages=ASK, tools=[get_weather, forecast], parallel_tool_calls=True
        )
    outputs = [json.loads(m["content"]) for m in result.messages if m["role"] == "tool"]
    assert outputs == [{"city": "Paris", "celsius": 21}, {"city": "Paris", "days": 1}]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_streamed_run_yields_chunks_tool_calls_rounds_and_the_result(
    fake: FakeOpenRouter, flavour: str
) -> None:
    c = _emulated(flavour, fake)

    async def collect() -> list[openrouter.ToolRunEvent]:
        events = await c.chat.completions.run_tools(
            model=MODEL, messages=ASK, tools=[get_weather], stream=True
        )
        return [event async for event in events]

    if flavour == "sync":
        events = list(
            c.chat.completions.run_tools(
                model=MODEL, messages=ASK, tools=[get_weather], stream=True
            )
        )
    else:
        events = asyncio.run(collect())
    kinds = [e.type for e in events if e.type != "chunk"]
    assert kinds == ["round", "tool_call", "round", "done"]
    assert {e.round for e in events if e.type == "chunk"} == {1, 2}
    done = events[-1].result
    assert done is not None and done.rounds == 2 and done.cost == fake.total_usage
    assert fake.requests[0].body["stream"] is True


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_budget_sees_every_round(fake: FakeOpenRouter, flavour: str) -> None:
    budget = openrouter.Budget(limit_usd=Decimal("1"))
    if flavour == "sync":
        c: Any = client(fake, budget=budget)
    else:
        c = async_client(fake, httpx.AsyncClient(transport=fake), budget=budget)
    result = _run(
        flavour, c.chat.completions.run_tools(model=MODEL, messages=ASK, tools=[get_weather])
    )
    assert result.rounds == 2 and budget.spent == result.cost > 0


def test_bad_runner_arguments_are_refused_before_sending(fake: FakeOpenRouter) -> None:
    with client(fake) as c:
        with pytest.raises(ValueError, match="max_rounds"):
            c.chat.completions.run_tools(
                model=MODEL, messages=ASK, tools=[get_weather], max_rounds=0
            )
        with pytest.raises(TypeError, match="no function"):
            c.chat.completions.run_tools(model=MODEL, messages=ASK, tools=[tool_from_model(Report)])
        with pytest.raises(TypeError, match="tools must be functions"):
            c.chat.completions.run_tools(model=MODEL, messages=ASK, tools=[{"type": "function"}])  # type: ignore[list-item]
    assert fake.requests == []
