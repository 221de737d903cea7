"""Structured output: ask for JSON matching a schema and parse it."""

import json
from typing import Any

from _setup import MODEL, connect, where

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "country": {"type": "string"},
        "population_millions": {"type": "number"},
    },
    "required": ["name", "country", "population_millions"],
    "additionalProperties": False,
}

print(f"Talking to {where()}.")
with connect() as client:
    answer = (
        client.chat.builder()
        .model(MODEL)
        .user("Describe the largest city in Japan.")
        .json_schema("city", SCHEMA)
        .provider(require_parameters=True)
        .send()
    )
    city = json.loads(answer.choices[0].message.content or "{}")
    print(f"Parsed: {city}")
    print("Keys present:", sorted(city) == sorted(SCHEMA["required"]))
