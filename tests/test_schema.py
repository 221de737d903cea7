"""Python types as strict JSON schemas, and JSON data checked back into the types (pure)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Annotated, Any, Literal, NotRequired, TypedDict

import attrs
import pytest

from openrouter._schema import SchemaMismatch, convert, strict, strict_schema


class Mood(enum.Enum):
    HAPPY = "happy"
    SAD = "sad"


@attrs.define
class Event:
    _title: str  # attrs strips the underscore from the init argument
    when: dt.datetime
    tags: frozenset[str] = frozenset()


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


@dataclasses.dataclass
class Everything:
    flag: bool
    count: int
    ratio: float
    mood: Mood
    pair: tuple[int, str]
    many: tuple[int, ...]
    scores: dict[str, float]
    kind: Literal["a", "b", 1]
    note: Annotated[str, "what to remember"]
    day: dt.date
    anything: Any
    event: Event | None
    movies: list[Movie]


DATA: dict[str, Any] = {
    "flag": True,
    "count": 3.0,
    "ratio": 2,
    "mood": "sad",
    "pair": [1, "x"],
    "many": [1, 2],
    "scores": {"a": 1},
    "kind": 1,
    "note": "n",
    "day": "2026-01-02",
    "anything": {"x": [1]},
    "event": {"_title": "launch", "when": "2026-01-02T03:04:05Z", "tags": ["a"]},
    "movies": [{"title": "Alien"}],
}


def test_every_supported_type_round_trips() -> None:
    value = convert(Everything, DATA)
    assert value.count == 3 and isinstance(value.count, int)
    assert value.ratio == 2.0 and isinstance(value.ratio, float)
    assert value.mood is Mood.SAD and value.pair == (1, "x") and value.many == (1, 2)
    assert value.day == dt.date(2026, 1, 2) and value.kind == 1
    assert value.event is not None and value.event.when.tzinfo is not None
    assert value.event.tags == frozenset({"a"})
    assert value.movies == [{"title": "Alien"}]


def test_the_schema_describes_every_field() -> None:
    schema = strict_schema(Everything)
    props = schema["properties"]
    assert props["note"] == {"type": "string", "description": "what to remember"}
    assert props["pair"]["prefixItems"] == [{"type": "integer"}, {"type": "string"}]
    assert props["scores"] == {"type": "object", "additionalProperties": {"type": "number"}}
    assert props["kind"] == {"enum": ["a", "b", 1]}
    assert props["day"] == {"type": "string", "format": "date"}
    assert props["anything"] == {}
    assert schema["$defs"]["Mood"] == {"enum": ["happy", "sad"]}
    assert schema["$defs"]["Movie"]["required"] == ["title", "year"]  # strict: all required


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"flag": 1}, "flag: expected a boolean"),
        ({"count": True}, "count: expected an integer"),
        ({"count": 1.5}, "count: expected an integer"),
        ({"mood": "angry"}, "mood: 'angry' is not one of"),
        ({"pair": [1]}, "pair: expected 2 items"),
        ({"kind": True}, "kind: True is not one of"),
        ({"day": "tomorrow"}, "day:"),
        ({"event": {"_title": "x"}}, "event: fits none"),
        ({"movies": [{"year": 1}]}, r"movies\[0\].title: required property missing"),
    ],
)
def test_data_that_does_not_fit_names_the_path(change: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaMismatch, match=message):
        convert(Everything, {**DATA, **change})


def test_strict_closes_objects_and_turns_one_of_into_any_of() -> None:
    loose = {
        "type": "object",
        "properties": {"a": {"oneOf": [{"type": "string"}, {"type": "null"}], "default": None}},
        "required": [],
    }
    assert strict(loose) == {
        "type": "object",
        "properties": {"a": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
        "required": ["a"],
        "additionalProperties": False,
    }


def test_types_without_a_json_form_are_refused() -> None:
    with pytest.raises(TypeError, match="cannot describe"):
        strict_schema(complex)
