"""Checked by `make typecheck` (mypy --strict), never run: what mypy infers for structured outputs.

`assert_type` fails the type check when the inferred type differs, so these lines pin that
`completion.choices[0].message.parsed` is the requested type on every path.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from typing import TypedDict, assert_type

import pydantic

from openrouter import (
    AsyncChatParseStream,
    AsyncOpenRouter,
    ChatParseStream,
    FunctionTool,
    OpenRouter,
    ParsedChatCompletion,
    ToolRunEvent,
    ToolRunResult,
    tool_from_function,
    tool_from_model,
)

MESSAGES = [{"role": "user", "content": "Describe Tokyo"}]


@dataclasses.dataclass
class City:
    name: str
    population: int


class Point(TypedDict):
    x: float
    y: float


class Person(pydantic.BaseModel):
    name: str


def weather(city: str) -> str:
    return city


def sync_paths(client: OpenRouter) -> None:
    completion = client.chat.completions.parse(model="m", messages=MESSAGES, response_format=City)
    assert_type(completion, ParsedChatCompletion[City])
    assert_type(completion.choices[0].message.parsed, City)
    assert_type(completion.choices[0].message.content, str | None)  # the rest stays typed
    assert_type(completion.id, str)
    point = client.chat.completions.parse(model="m", messages=MESSAGES, response_format=Point)
    assert_type(point.choices[0].message.parsed, Point)
    person = client.chat.completions.parse(model="m", messages=MESSAGES, response_format=Person)
    assert_type(person.choices[0].message.parsed, Person)

    stream = client.chat.completions.parse(
        model="m", messages=MESSAGES, response_format=City, stream=True
    )
    assert_type(stream, ChatParseStream[City])
    with stream:
        assert_type(stream.get_final_completion().choices[0].message.parsed, City)

    builder = client.chat.builder().model("m").user("Describe Tokyo")
    assert_type(builder.parse(City).choices[0].message.parsed, City)
    with builder.parse_stream(Point) as points:
        assert_type(points.get_final_completion().choices[0].message.parsed, Point)

    result = client.chat.completions.run_tools(model="m", messages=MESSAGES, tools=[weather])
    assert_type(result, ToolRunResult)
    events = client.chat.completions.run_tools(
        model="m", messages=MESSAGES, tools=[weather], stream=True
    )
    assert_type(events, Iterator[ToolRunEvent])
    assert_type(tool_from_function(weather), FunctionTool)
    assert_type(tool_from_model(City), FunctionTool)


async def async_paths(client: AsyncOpenRouter) -> None:
    completion = await client.chat.completions.parse(
        model="m", messages=MESSAGES, response_format=City
    )
    assert_type(completion.choices[0].message.parsed, City)
    stream = await client.chat.completions.parse(
        model="m", messages=MESSAGES, response_format=Person, stream=True
    )
    assert_type(stream, AsyncChatParseStream[Person])
    async with stream:
        assert_type((await stream.get_final_completion()).choices[0].message.parsed, Person)
    parsed = await client.chat.builder().model("m").user("Tokyo").parse(Point)
    assert_type(parsed.choices[0].message.parsed, Point)
    result = await client.chat.completions.run_tools(model="m", messages=MESSAGES, tools=[weather])
    assert_type(result, ToolRunResult)
    events = await client.chat.completions.run_tools(
        model="m", messages=MESSAGES, tools=[weather], stream=True
    )
    assert_type(events, AsyncIterator[ToolRunEvent])
