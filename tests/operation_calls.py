"""How to call any operation through the client with small, valid arguments.

Used by the reachability tests, by `make record` (tests/record_cassettes.py) and by the cassette
replay tests, so all three call an operation the same way. Inference operations get realistic
inputs (a real model slug, a short prompt) so the emulator and the live API accept them.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from openrouter_api.api import OPERATIONS

from tests.minimal import minimal
from tests.spec import operations

HELLO = [{"role": "user", "content": "Say hello in five words."}]

#: Realistic request bodies for the operations that run a model.
BODIES: dict[str, dict[str, Any]] = {
    "create_chat_completion": {"model": "openai/gpt-4o-mini", "messages": HELLO, "max_tokens": 20},
    "create_completion": {
        "model": "openai/gpt-4o-mini",
        "prompt": "Once upon a time",
        "max_tokens": 8,
    },
    "create_response": {
        "model": "openai/gpt-4o-mini",
        "input": "Say hello.",
        "max_output_tokens": 20,
    },
    "create_message": {"model": "anthropic/claude-3.5-haiku", "max_tokens": 20, "messages": HELLO},
    "create_embeddings": {"model": "openai/text-embedding-3-small", "input": "hello world"},
}
#: Path values that name real things (a model in every catalogue) instead of placeholders.
DEFAULT_VALUES: dict[str, Any] = {"author": "openai", "slug": "gpt-4o-mini"}
#: Operations whose hand-written keyword `create` replaces the generated one on the client.
HAND_WRITTEN = {"create_completion", "create_response", "create_embeddings"}
#: The operations that stream, and their client attribute.
STREAMING = {
    "create_chat_completion": "chat.completions",
    "create_completion": "completions",
    "create_response": "responses",
    "create_message": "messages",
}


def spec_operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(method, path, operation) from openapi.yaml."""
    for method, path, op in operations():
        if op["operationId"] == operation_id:
            return method, path, op
    raise KeyError(operation_id)


def snake(name: str) -> str:
    return re.sub(r"\W", "_", re.sub(r"(?<!^)(?=[A-Z])", "_", name)).lower().replace("__", "_")


@dataclass
class Call:
    """One planned call: `client.<attribute>.<method>(*args, **kwargs)`."""

    operation_id: str
    attribute: str
    method: str
    args: list[Any] = field(default_factory=list)
    kwargs: dict[str, Any] = field(default_factory=dict)

    def run(self, client: Any) -> Any:
        """Make the call (on an async client this returns an awaitable)."""
        target = client
        for part in self.attribute.split("."):
            target = getattr(target, part)
        return getattr(target, self.method)(*self.args, **self.kwargs)


def request_body(operation_id: str) -> tuple[str, dict[str, Any]] | None:
    """(media type, body value) for an operation's request, None when it takes no body."""
    _, _, op = spec_operation(operation_id)
    if "requestBody" not in op:
        return None
    media, content = next(iter(op["requestBody"]["content"].items()))
    if operation_id in BODIES:
        return media, dict(BODIES[operation_id])
    return media, minimal(content["schema"])


def _model_for(annotation: Any, value: Mapping[str, Any], media: str) -> Any:
    import openrouter_api.models as models

    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    names = [n.strip() for n in text.replace("| Unset", "").split("|")]
    candidates = [getattr(models, n) for n in names if hasattr(models, n)]
    if media == "multipart/form-data":
        candidates = [
            c for c in candidates if "file" in getattr(c, "__annotations__", {})
        ] or candidates
    return candidates[0].from_dict(dict(value))  # binary fields take bytes in from_dict


def plan(
    operation_id: str,
    client: Any,
    *,
    values: Mapping[str, Any] | None = None,
    stream: bool = False,
) -> Call:
    """The call for `operation_id`; `values` overrides path and query parameters by API name."""
    _, _, op = spec_operation(operation_id)
    values = {**DEFAULT_VALUES, **(values or {})}
    tag, method_name = OPERATIONS[operation_id]
    attribute = tag.rstrip("_")
    if stream:
        body = dict(BODIES[operation_id], stream=True)
        return Call(operation_id, STREAMING[operation_id], "create", kwargs=body)
    if operation_id in HAND_WRITTEN:
        return Call(operation_id, attribute, "create", kwargs=dict(BODIES[operation_id]))
    call = Call(operation_id, attribute, method_name)
    params = {p["name"]: p for p in op.get("parameters", [])}
    method = getattr(getattr(client, attribute), method_name)
    for name, param in inspect.signature(method).parameters.items():
        if param.kind is param.VAR_KEYWORD:
            continue
        if name == "body":
            media, value = request_body(operation_id)  # type: ignore[misc]
            call.kwargs["body"] = _model_for(param.annotation, value, media)
            continue
        spec_param = next((p for n, p in params.items() if snake(n) == name.rstrip("_")), None)
        if spec_param is not None and spec_param["name"] in values:
            value = values[spec_param["name"]]
        elif param.default is inspect.Parameter.empty:
            value = minimal(spec_param["schema"]) if spec_param else "x"
        else:
            continue  # optional: leave it out
        if param.kind is param.POSITIONAL_OR_KEYWORD and spec_param and spec_param["in"] == "path":
            call.args.append(value)
        else:
            call.kwargs[name] = value
    return call


def assert_round_trips(result: Any) -> None:
    """A parsed model survives `to_dict` / `from_dict` unchanged (plain results are skipped)."""
    if hasattr(result, "to_dict"):
        assert type(result).from_dict(result.to_dict()) == result
