"""Structured outputs: `chat.completions.parse(response_format=T)`, its stream and the builder.

Against the emulator (which answers JSON valid for the schema sent) and against scripted answers
for the failure paths: a refusal, a cut-off answer, content that is not JSON or does not fit.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import enum
import json
import pickle
import subprocess
import sys
from typing import Any, Literal, TypedDict

import attrs
import httpx
import pydantic
import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

import openrouter
from openrouter._schema import strict_schema
from openrouter.testing import FakeOpenRouter
from tests.conftest import Twin
from tests.fakes import Script
from tests.streams import chat_chunk, event_stream, sse, usage_chunk
from tests.test_emulator_support import async_client, client

MODEL = "openai/gpt-4o-mini"
ASK = [{"role": "user", "content": "Describe the largest city in Japan"}]


class Size(enum.Enum):
    SMALL = "small"
    LARGE = "large"


@dataclasses.dataclass
class Landmark:
    name: str
    year: int | None


@dataclasses.dataclass
class City:
    """A city and what it is known for."""

    name: str
    population: int
    size: Size
    landmarks: list[Landmark]
    nickname: str | None = None


@attrs.define
class Trip:
    cities: list[City]
    mode: Literal["train", "car"]


class Point(TypedDict):
    x: float
    y: float
    label: str | None


class Person(pydantic.BaseModel):
    name: str
    age: int = 0
    friends: list[Person] = []


@dataclasses.dataclass
class Meeting:
    day: datetime.date
    at: datetime.time
    booked: datetime.datetime


TYPES: list[Any] = [City, Trip, Point, Person, Meeting]


def _emulated(flavour: str, fake: FakeOpenRouter) -> Any:
    if flavour == "sync":
        return client(fake)
    return async_client(fake, httpx.AsyncClient(transport=fake))


def _run(flavour: str, value: Any) -> Any:
    if flavour == "async":
        return asyncio.run(_await(value))
    return value


async def _await(value: Any) -> Any:
    return await value


# -- the schema -----------------------------------------------------------------------------
@pytest.mark.parametrize("tp", TYPES, ids=lambda t: t.__name__)
def test_the_schema_is_strict_everywhere(tp: Any) -> None:
    schema = strict_schema(tp)
    Draft202012Validator.check_schema(schema)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                assert node["additionalProperties"] is False
                assert sorted(node["required"]) == sorted(node["properties"])
            assert "default" not in node and "oneOf" not in node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert schema["type"] == "object"


def test_optional_fields_become_required_and_nullable() -> None:
    schema = strict_schema(City)
    assert schema["required"] == ["name", "population", "size", "landmarks", "nickname"]
    assert schema["properties"]["nickname"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert schema["description"] == "A city and what it is known for."


def test_a_type_that_is_not_an_object_is_refused_before_sending(fake: FakeOpenRouter) -> None:
    with client(fake) as c, pytest.raises(TypeError, match="object type"):
        c.chat.completions.parse(model=MODEL, messages=ASK, response_format=list[int])
    assert fake.requests == []


# -- through the public API, against the emulator -------------------------------------------
@pytest.mark.parametrize("tp", TYPES, ids=lambda t: t.__name__)
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_parse_sends_the_strict_schema_and_decodes_the_answer(
    fake: FakeOpenRouter, flavour: str, tp: Any
) -> None:
    c = _emulated(flavour, fake)
    completion = _run(
        flavour, c.chat.completions.parse(model=MODEL, messages=ASK, response_format=tp)
    )
    sent = fake.requests[-1].body["response_format"]
    assert sent == {
        "type": "json_schema",
        "json_schema": {"name": tp.__name__, "strict": True, "schema": strict_schema(tp)},
    }
    parsed = completion.choices[0].message.parsed
    if tp is Point:
        assert isinstance(parsed, dict) and set(parsed) == {"x", "y", "label"}
    else:
        assert isinstance(parsed, tp)
    content = completion.choices[0].message.content
    Draft202012Validator(sent["json_schema"]["schema"]).validate(json.loads(content))
    assert isinstance(completion, openrouter.ParsedChatCompletion)
    assert completion.usage and completion.usage.cost  # the rest of the completion is there
    assert completion.id.startswith("gen-")


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_parse_stream_gives_chunks_then_the_parsed_completion(
    fake: FakeOpenRouter, flavour: str
) -> None:
    c = _emulated(flavour, fake)

    def read() -> tuple[str, Any]:
        with c.chat.completions.parse(
            model=MODEL, messages=ASK, response_format=City, stream=True
        ) as stream:
            text = "".join(stream.text_stream)
            return text, stream.get_final_completion()

    async def aread() -> tuple[str, Any]:
        stream = await c.chat.completions.parse(
            model=MODEL, messages=ASK, response_format=City, stream=True
        )
        async with stream:
            text = "".join([t async for t in stream.text_stream])
            return text, await stream.get_final_completion()

    text, final = read() if flavour == "sync" else asyncio.run(aread())
    assert fake.requests[-1].body["stream"] is True
    city = final.choices[0].message.parsed
    assert isinstance(city, City) and json.loads(text)["name"] == city.name
    assert repr(final.choices[0].message).endswith(f", parsed={city!r})")
    assert isinstance(city.size, Size) and isinstance(city.landmarks[0], Landmark)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_builder_parses_and_replaces_its_own_response_format(
    fake: FakeOpenRouter, flavour: str
) -> None:
    c = _emulated(flavour, fake)
    builder = c.chat.builder().model(MODEL).user("A trip through Japan").json_object()
    trip = _run(flavour, builder.parse(Trip)).choices[0].message.parsed
    assert isinstance(trip, Trip) and trip.mode in ("train", "car")
    assert fake.requests[-1].body["response_format"]["type"] == "json_schema"

    if flavour == "sync":
        with builder.parse_stream(Point) as stream:
            point = stream.get_final_completion().choices[0].message.parsed
    else:

        async def aread() -> Any:
            async with await builder.parse_stream(Point) as stream:
                return (await stream.get_final_completion()).choices[0].message.parsed

        point = asyncio.run(aread())
    assert set(point) == {"x", "y", "label"}


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_cut_off_answer_raises_a_truncated_error_with_the_completion(
    fake: FakeOpenRouter, flavour: str
) -> None:
    c = _emulated(flavour, fake)
    with pytest.raises(openrouter.OutputTruncatedError, match="token limit") as caught:
        _run(
            flavour,
            c.chat.completions.parse(model=MODEL, messages=ASK, response_format=City, max_tokens=2),
        )
    assert caught.value.completion.choices[0].finish_reason == "length"
    assert isinstance(caught.value, openrouter.StructuredOutputError)
    assert isinstance(caught.value, openrouter.OpenRouterError)


# -- failure paths from scripted answers ----------------------------------------------------
def _completion(content: str | None, finish: str = "stop", refusal: str | None = None) -> Any:
    message = {"role": "assistant", "content": content, "refusal": refusal}
    body = {
        "id": "gen-1",
        "object": "chat.completion",
        "created": 1,
        "model": MODEL,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
    }
    return httpx.Response(200, json=body)


@pytest.mark.parametrize(
    ("answer", "error", "match"),
    [
        (_completion(None, refusal="I can't help with that"), openrouter.OutputRefusedError,
         "refused: I can't help"),
        (_completion("", finish="content_filter"), openrouter.OutputRefusedError, "filter"),
        (_completion('{"name": "Tok'), openrouter.OutputValidationError, "not a valid City"),
        (_completion('{"name": "Tokyo"}'), openrouter.OutputValidationError, "population"),
        (_completion('{"x": 1, "y": 2, "label": null, "z": 3}'), openrouter.OutputValidationError,
         "unexpected"),
        (_completion(None), openrouter.OutputValidationError, "no content"),
    ],
    ids=["refusal", "content-filter", "not-json", "missing-field", "extra-field", "empty"],
)  # fmt: skip
def test_answers_that_do_not_become_the_type_raise_typed_errors(
    twin: Twin, answer: httpx.Response, error: type[openrouter.StructuredOutputError], match: str
) -> None:
    c = twin.client(Script([answer]))
    tp = Point if "z" in answer.text else City
    with pytest.raises(error, match=match) as caught:
        twin.call(
            c, lambda c: c.chat.completions.parse(model=MODEL, messages=ASK, response_format=tp)
        )
    assert caught.value.completion.id == "gen-1"  # the raw completion, for logging or a retry
    if isinstance(caught.value, openrouter.OutputRefusedError) and "refusal" in answer.text:
        assert caught.value.refusal == "I can't help with that" or caught.value.refusal is None
    copy = pickle.loads(pickle.dumps(caught.value))
    assert str(copy) == str(caught.value)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_refusal_in_a_stream_raises_at_the_final_completion(flavour: str) -> None:
    body = sse(
        chat_chunk({"role": "assistant", "refusal": "No."}),
        chat_chunk({}, finish_reason="stop"),
        usage_chunk(),
    )
    twin = Twin(flavour)
    c = twin.client(Script([lambda r: event_stream(body)]))

    def read() -> None:
        with c.chat.completions.parse(
            model=MODEL, messages=ASK, response_format=City, stream=True
        ) as stream:
            stream.get_final_completion()

    async def aread() -> None:
        async with await c.chat.completions.parse(
            model=MODEL, messages=ASK, response_format=City, stream=True
        ) as stream:
            await stream.get_final_completion()

    with pytest.raises(openrouter.OutputRefusedError) as caught:
        read() if flavour == "sync" else asyncio.run(aread())
    assert caught.value.refusal == "No."


def test_import_openrouter_does_not_import_pydantic() -> None:
    code = (
        "import sys, openrouter, httpx\n"
        "from openrouter.testing import FAKE_API_KEY, FakeOpenRouter\n"
        "import dataclasses\n"
        "@dataclasses.dataclass\n"
        "class C:\n    name: str\n"
        "c = openrouter.OpenRouter(api_key=FAKE_API_KEY,"
        " http_client=httpx.Client(transport=FakeOpenRouter()))\n"
        "c.chat.completions.parse(model='openai/gpt-4o-mini',"
        " messages=[{'role': 'user', 'content': 'hi'}], response_format=C)\n"
        "assert 'pydantic' not in sys.modules, 'pydantic was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    out = subprocess.run(
        [sys.executable, "-c", "import sys, openrouter; print('pydantic' in sys.modules)"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert out.strip() == "False"
