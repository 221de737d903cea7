"""The emulator's routes: one per operation of openapi.yaml, generated from it, and the spec's
example for the operations it does not model. (Every operation through both clients:
tests/test_reachability.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from openrouter.testing import FakeOpenRouter, load_routes
from openrouter.testing._core import HANDLERS
from tests.operation_calls import request_body, spec_operation
from tests.spec import ROOT, operations, spec
from tests.test_emulator_support import AUTH, MANAGEMENT_AUTH, raw

ROUTES = sorted(load_routes(), key=lambda r: r.operation_id)
IDS = [r.operation_id for r in ROUTES]


def test_routes_json_is_generated_from_the_current_openapi_yaml(tmp_path: Path) -> None:
    out = tmp_path / "routes.json"
    script = ROOT / "codegen" / "extract_routes.py"
    subprocess.run(
        [sys.executable, str(script), "--out", str(out)], check=True, capture_output=True
    )
    committed = ROOT / "openrouter" / "testing" / "routes.json"
    assert out.read_bytes() == committed.read_bytes(), (
        "openrouter/testing/routes.json is out of date with openapi.yaml: run `make generate`"
    )


def test_every_operation_has_exactly_one_route() -> None:
    described = {(m.upper(), p) for m, p, _ in operations()}
    routed = {(r.method, r.path) for r in load_routes()}
    assert sorted(routed ^ described) == [], (
        "openrouter/testing/routes.json does not match openapi.yaml: run `make generate`"
    )
    assert len(load_routes()) == len(described)
    decisions = next(r for r in load_routes() if r.operation_id == "create_decision")
    assert decisions.url_path == "/api/alpha/decisions"
    chat = next(r for r in load_routes() if r.operation_id == "create_chat_completion")
    assert (chat.url_path, chat.key, chat.status, chat.streams) == (
        "/api/v1/chat/completions",
        "api",
        200,
        True,
    )


def test_literal_paths_win_over_parameters_and_unknown_routes_get_the_envelope() -> None:
    fake = FakeOpenRouter()
    with raw(fake) as http:
        assert http.get("/videos/models", headers=AUTH).status_code == 200
        assert http.get("/videos/job-1", headers=AUTH).status_code == 200
        assert http.post("https://openrouter.ai/api/alpha/decisions", headers=AUTH).is_success
        missing = http.get("/no/such/thing", headers=AUTH)
        wrong = http.put("/models", headers=AUTH)
    assert [r.operation_id for r in fake.requests] == [
        "list_video_models",
        "get_video",
        "create_decision",
        None,
        None,
    ]
    assert missing.status_code == 404 and missing.json()["error"]["code"] == 404
    assert wrong.status_code == 405 and "PUT" in wrong.json()["error"]["message"]


@pytest.mark.parametrize(
    "route",
    [r for r in ROUTES if r.operation_id not in HANDLERS],
    ids=lambda r: str(r.operation_id),
)
def test_unmodelled_operations_answer_the_spec_example(route: Any) -> None:
    _, _, op = spec_operation(route.operation_id)
    response_spec = op["responses"][str(route.status)]
    if "$ref" in response_spec:
        response_spec = spec()["components"]["responses"][response_spec["$ref"].rsplit("/")[-1]]
    content = response_spec.get("content")
    fake = FakeOpenRouter()
    headers = MANAGEMENT_AUTH if route.key == "management" else AUTH
    url = "https://openrouter.ai" + route.url_path.replace("{", "").replace("}", "")
    body = request_body(route.operation_id)
    payload = json.dumps(body[1]).encode() if body and body[0] == "application/json" else b""
    with raw(fake) as http:
        response = http.request(route.method, url, headers=headers, content=payload)
    assert response.status_code == route.status
    if content is None:
        assert response.content == b""
    elif route.status >= 400:  # the retired coinbase operation: the error envelope
        assert response.json()["error"]["code"] == route.status
    elif "application/json" in content:
        assert response.json() == content["application/json"]["example"]
    else:
        assert response.headers["content-type"] == route.content_type
        assert response.content
