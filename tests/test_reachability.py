"""Every operation, through both clients and the emulator: the documented request goes out and
the answer parses."""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

import httpx
import httpx2
import pytest
from openrouter_api.api import OPERATIONS

import openrouter
from openrouter import AsyncOpenRouter, OpenRouter
from openrouter.testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, FakeOpenRouter
from tests.conftest import Twin
from tests.fakes import FakeClock
from tests.operation_calls import assert_round_trips, plan, spec_operation
from tests.spec import operations
from tests.test_emulator_support import AUTH, MANAGEMENT_AUTH, raw

CASES = sorted((op["operationId"], method, path) for method, path, op in operations())


def _values(fake: FakeOpenRouter, operation_id: str) -> dict[str, Any]:
    """Parameter values (by API name) that name existing things, for the look-up operations."""
    if operation_id in ("get_key", "update_key"):
        return {"hash": fake.key_hash(FAKE_API_KEY)}
    with raw(fake) as http:
        if operation_id == "delete_key":
            created = http.post("/keys", json={"name": "doomed"}, headers=MANAGEMENT_AUTH)
            return {"hash": created.json()["data"]["hash"]}
        if operation_id == "get_generation":
            body = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
            chat = http.post("/chat/completions", json=body, headers=AUTH)
            return {"id": chat.headers["x-generation-id"]}
    return {}


def _client(twin: Twin, fake: FakeOpenRouter, key: str) -> OpenRouter | AsyncOpenRouter:
    options: dict[str, Any] = {"api_key": key, "clock": FakeClock(), "max_retries": 0}
    if twin.flavour == "sync":
        return OpenRouter(http_client=httpx.Client(transport=fake), **options)
    return AsyncOpenRouter(http_client=httpx.AsyncClient(transport=fake), **options)


@pytest.mark.parametrize(("operation_id", "http_method", "path"), CASES, ids=[c[0] for c in CASES])
def test_operation_is_reachable_and_answered(
    twin: Twin, operation_id: str, http_method: str, path: str
) -> None:
    """Each client sends the documented request, and parses the emulator's answer."""
    _, _, op = spec_operation(operation_id)
    fake = FakeOpenRouter(generation_delay_polls=0)
    key = FAKE_MANAGEMENT_KEY if op["x-openrouter-key"] == "management" else FAKE_API_KEY
    client = _client(twin, fake, key)
    call = plan(operation_id, client, values=_values(fake, operation_id))
    if "410" in op["responses"] and len(op["responses"]) == 1:  # retired: only ever 410 Gone
        with pytest.raises(openrouter.APIStatusError) as caught:
            twin.call(client, call.run)
        assert caught.value.status_code == 410
        result = None
    else:
        result = twin.call(client, call.run)

    request = fake.requests[-1]
    assert request.operation_id == operation_id
    assert request.method == http_method.upper()
    pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"
    sent_path = request.path if path.startswith("/api/") else request.path.removeprefix("/api/v1")
    assert re.match(pattern, sent_path), (sent_path, path)
    if op.get("security") == []:
        assert "authorization" not in request.headers
    else:
        assert request.headers["authorization"].startswith("Bearer ")
    if request.headers.get("content-type") == "application/json":
        json.loads(request.content)
    assert_round_trips(result)


def test_every_operation_has_a_reachability_case() -> None:
    assert sorted({c[0] for c in CASES} ^ set(OPERATIONS)) == [], (
        "generated/openrouter_api does not match openapi.yaml: run `make generate`"
    )


def test_both_clients_expose_the_same_resources_methods_and_parameters() -> None:
    def tree(client: Any) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for name in dir(type(client)):
            if name.startswith("_"):
                continue
            value = getattr(client, name)
            if inspect.ismethod(value) or not hasattr(type(value), "__dict__"):
                continue
            plain = str | int | httpx.URL | httpx2.URL  # base_url is one of the client's stack
            if isinstance(value, plain | openrouter.OpenRouter | openrouter.AsyncOpenRouter):
                continue  # plain values, and with_raw_response (a view of the client itself)
            methods = {}
            for attr in dir(value):
                if attr.startswith("_"):
                    continue
                member = getattr(value, attr)
                if callable(member):
                    methods[attr] = list(inspect.signature(member).parameters)
            out[name] = methods
        return out

    sync = openrouter.OpenRouter(api_key="k")
    asynchronous = openrouter.AsyncOpenRouter(api_key="k")
    assert tree(sync) == tree(asynchronous)
    assert len(tree(sync)) >= 38
    sync_methods = {
        n for n in dir(sync) if not n.startswith("_") and inspect.ismethod(getattr(sync, n))
    }
    async_methods = {
        n
        for n in dir(asynchronous)
        if not n.startswith("_") and inspect.ismethod(getattr(asynchronous, n))
    }
    assert sync_methods - {"close"} == async_methods - {"close", "aclose"}
    sync.close()
