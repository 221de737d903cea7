"""Structured output: ask for a type, get an instance of it back (`message.parsed`)."""

from dataclasses import dataclass

from _setup import MODEL, connect, where

from openrouter import StructuredOutputError


@dataclass
class Landmark:
    name: str
    built: int | None  # optional values are nullable: the model says null when it does not know


@dataclass
class City:
    """A city and what it is known for."""

    name: str
    country: str
    population_millions: float
    landmarks: list[Landmark]


print(f"Talking to {where()}.")
with connect() as client:
    completion = client.chat.completions.parse(
        model=MODEL,
        messages=[{"role": "user", "content": "Describe the largest city in Japan."}],
        response_format=City,  # sent as a strict JSON schema
        provider={"require_parameters": True},  # only providers that honour the schema
    )
    city = completion.choices[0].message.parsed  # a City; mypy knows it too
    print(f"Parsed: {city}")
    print(f"{city.name} ({city.country}): {len(city.landmarks)} landmark(s)")

    # The builder and streams parse too; a refusal or a cut-off answer raises.
    request = client.chat.builder().model(MODEL).user("Describe Osaka.")
    with request.parse_stream(City) as stream:
        written = "".join(stream.text_stream)
        print(f"Streamed {len(written)} characters of JSON")
        print("Parsed at the end:", stream.get_final_completion().choices[0].message.parsed.name)
    try:
        request.max_tokens(3).parse(City)
    except StructuredOutputError as error:
        print(f"With max_tokens=3: {type(error).__name__}")
