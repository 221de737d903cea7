"""All 140 operations are reachable from both clients and send the documented request."""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

import httpx
import pytest
from openrouter_api.api import OPERATIONS
from openrouter_api.types import UNSET

import openrouter
from tests.conftest import Twin
from tests.fakes import Script
from tests.minimal import minimal
from tests.spec import operations

HAND_WRITTEN_CREATE = {"completions", "responses", "embeddings"}


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


def _body(op: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    body = op.get("requestBody")
    if not body:
        return None
    media, content = next(iter(body["content"].items()))
    return media, minimal(content["schema"])


def _snake(name: str) -> str:
    return re.sub(r"\W", "_", re.sub(r"(?<!^)(?=[A-Z])", "_", name)).lower().replace("__", "_")


def _arguments(method: Any, op: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    params = {p["name"]: p for p in op.get("parameters", [])}
    signature = inspect.signature(method)
    for name, param in signature.parameters.items():
        if param.kind is param.VAR_KEYWORD:
            continue
        if name == "body":
            media, value = _body(op)  # type: ignore[misc]
            annotation = param.annotation
            kwargs["body"] = _model_for(method, annotation, value, media)
        elif param.default is inspect.Parameter.empty or param.default is not UNSET:
            spec_param = next(
                (p for n, p in params.items() if _snake(n) == name.rstrip("_")),
                None,
            )
            value = minimal(spec_param["schema"]) if spec_param else "x"
            if (
                param.kind is param.POSITIONAL_OR_KEYWORD
                and spec_param
                and spec_param["in"] == "path"
            ):
                args.append(value)
            else:
                kwargs[name] = value
    return args, kwargs


def _model_for(method: Any, annotation: Any, value: dict[str, Any], media: str) -> Any:
    import openrouter_api.models as models

    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    names = [n.strip() for n in text.replace("| Unset", "").split("|")]
    candidates = [getattr(models, n) for n in names if hasattr(models, n)]
    if media == "multipart/form-data":
        candidates = [
            c for c in candidates if "file" in getattr(c, "__annotations__", {})
        ] or candidates
    return candidates[0].from_dict(dict(value))  # binary fields take bytes in from_dict


CASES = sorted((op["operationId"], method, path) for method, path, op in operations())


@pytest.mark.parametrize(("operation_id", "http_method", "path"), CASES, ids=[c[0] for c in CASES])
def test_operation_is_reachable(twin: Twin, operation_id: str, http_method: str, path: str) -> None:
    op = next(o for m, p, o in operations() if o["operationId"] == operation_id)
    script = Script([_success(op)])
    client = twin.client(script, max_retries=0)
    tag, method_name = OPERATIONS[operation_id]
    attribute = tag.rstrip("_")

    if "410" in op["responses"] and len(op["responses"]) == 1:
        with pytest.raises(openrouter.APIStatusError) as caught:
            twin.call(client, lambda c: getattr(getattr(c, attribute), method_name)())
        assert caught.value.status_code == 410
        result = None
    elif attribute in HAND_WRITTEN_CREATE and method_name == "create":
        _, body = _body(op)  # type: ignore[misc]
        if attribute == "responses":
            body.setdefault("input", "hello")  # optional in the API, required by responses.create
        result = twin.call(client, lambda c: getattr(c, attribute).create(**body))
    else:
        resource = getattr(client, attribute)
        method = getattr(resource, method_name)
        args, kwargs = _arguments(method, op)
        result = twin.call(
            client, lambda c: getattr(getattr(c, attribute), method_name)(*args, **kwargs)
        )

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
    if result is not None and hasattr(result, "to_dict"):
        assert type(result).from_dict(result.to_dict()) == result


def test_every_operation_has_a_reachability_case() -> None:
    assert len(CASES) == 140
    assert {c[0] for c in CASES} == set(OPERATIONS)


def test_both_clients_expose_the_same_resources_methods_and_parameters() -> None:
    def tree(client: Any) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for name in dir(type(client)):
            if name.startswith("_"):
                continue
            value = getattr(client, name)
            if inspect.ismethod(value) or not hasattr(type(value), "__dict__"):
                continue
            if isinstance(value, str | int | httpx.URL):
                continue
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
