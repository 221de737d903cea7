"""All the operations are reachable from both clients and send the documented request."""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

import httpx
import pytest
from openrouter_api.api import OPERATIONS

import openrouter
from tests.conftest import Twin
from tests.fakes import Script
from tests.operation_calls import assert_round_trips, plan, spec_operation
from tests.spec import operations


def _success(op: dict[str, Any]) -> httpx.Response:
    for code, response in op["responses"].items():
        if not str(code).startswith("2"):
            continue
        content = response.get("content") or {}
        if "application/json" in content:
            return httpx.Response(int(code), json=content["application/json"]["example"])
        if content:
            return httpx.Response(int(code), content=b"\x00\x01binary")
        return httpx.Response(int(code))
    # The retired coinbase operation only ever answers 410 Gone.
    return httpx.Response(410, json={"error": {"code": 410, "message": "gone"}})


CASES = sorted((op["operationId"], method, path) for method, path, op in operations())


@pytest.mark.parametrize(("operation_id", "http_method", "path"), CASES, ids=[c[0] for c in CASES])
def test_operation_is_reachable(twin: Twin, operation_id: str, http_method: str, path: str) -> None:
    _, _, op = spec_operation(operation_id)
    script = Script([_success(op)])
    client = twin.client(script, max_retries=0)
    call = plan(operation_id, client)
    if "410" in op["responses"] and len(op["responses"]) == 1:
        with pytest.raises(openrouter.APIStatusError) as caught:
            twin.call(client, call.run)
        assert caught.value.status_code == 410
        result = None
    else:
        result = twin.call(client, call.run)

    request = script.requests[0]
    assert request.method == http_method.upper()
    pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"
    sent_path = (
        request.url.path.removeprefix("/api/v1")
        if not path.startswith("/api/")
        else request.url.path
    )
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
            if isinstance(
                value, str | int | httpx.URL | openrouter.OpenRouter | openrouter.AsyncOpenRouter
            ):
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
