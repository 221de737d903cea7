"""openapi.yaml covers every OpenRouter operation, faithfully labelled, with tested examples."""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest
from openrouter_api.api import OPERATIONS

from tests.spec import listed, operations, spec

KEY_KINDS = {"api-key": "api", "management-key": "management", "none": "none"}


def test_every_listed_operation_is_described_and_nothing_else() -> None:
    described = {(m, p) for m, p, _ in operations()}
    expected = {(row.method, row.path) for row in listed()}
    assert sorted(expected - described) == [], (
        "listed in tests/data/operations.tsv but missing from openapi.yaml: describe them there"
    )
    assert sorted(described - expected) == [], (
        "in openapi.yaml but not in tests/data/operations.tsv: add a row for each there"
    )


def test_tags_and_key_kinds_match_the_list() -> None:
    by_route = {(row.method, row.path): row for row in listed()}
    for method, path, op in operations():
        row = by_route[(method, path)]
        assert op["tags"] == [row.tag], f"{method.upper()} {path}"
        assert op["x-openrouter-key"] == KEY_KINDS[row.auth], f"{method.upper()} {path}"
        if row.auth == "none":
            assert op["security"] == [], f"{method.upper()} {path} must not send a key"
        else:
            assert op["security"] == [{"bearer": []}], f"{method.upper()} {path}"


def test_operations_have_ids_summaries_and_success_responses() -> None:
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids))
    for method, path, op in operations():
        name = f"{method.upper()} {path}"
        assert op["operationId"].islower() and " " not in op["operationId"], name
        assert op.get("summary"), name
        if path == "/credits/coinbase":  # retired: it only ever answers 410 Gone
            assert list(op["responses"]) == ["410"], name
            continue
        successes = [code for code in op["responses"] if str(code).startswith("2")]
        assert successes, name
        errors = [code for code in op["responses"] if str(code)[0] in "45"]
        assert errors, f"{name} documents no error response"


def test_streaming_operations_offer_json_first_then_event_stream() -> None:
    by_route = {(row.method, row.path): row for row in listed()}
    for method, path, op in operations():
        if not by_route[(method, path)].streams:
            continue
        content = op["responses"]["200"]["content"]
        assert list(content)[:2] == ["application/json", "text/event-stream"], path


def test_every_operation_is_generated() -> None:
    ids = {op["operationId"] for _, _, op in operations()}
    assert sorted(ids ^ set(OPERATIONS)) == [], (
        "generated/openrouter_api does not match openapi.yaml: run `make generate`"
    )


def _success_examples() -> list[tuple[str, int, Any]]:
    cases = []
    for _, _, op in operations():
        for code, response in op["responses"].items():
            if "$ref" in response or not str(code).startswith("2"):
                continue
            media = (response.get("content") or {}).get("application/json")
            if media is not None:
                cases.append((op["operationId"], int(code), media.get("example")))
    return cases


def test_every_json_success_response_has_an_example() -> None:
    missing = [op for op, _, example in _success_examples() if example is None]
    assert missing == [], "give these operations' JSON success responses an example in openapi.yaml"


@pytest.mark.parametrize(
    ("operation_id", "status", "example"),
    _success_examples(),
    ids=[f"{op}-{code}" for op, code, _ in _success_examples()],
)
def test_examples_parse_through_the_generated_models_and_round_trip(
    operation_id: str, status: int, example: Any
) -> None:
    tag, _ = OPERATIONS[operation_id]
    module = importlib.import_module(f"openrouter_api.api.{tag}.{operation_id}")
    response = httpx.Response(status, content=json.dumps(example).encode())
    parsed = module.parse_response(response)
    if hasattr(parsed, "to_dict"):
        again = type(parsed).from_dict(parsed.to_dict())
        assert again == parsed


def test_the_spec_is_valid_openapi_3_1() -> None:
    from openapi_spec_validator import validate

    assert spec()["openapi"].startswith("3.1")
    validate(spec())
