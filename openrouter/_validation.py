"""Checks of user-supplied request parameters: clear errors naming the parameter, before sending.

The checks are the request schemas of openapi.yaml: `codegen/params.py` writes them into
`openrouter._schemas` at generate time, and `check_value` walks them (types, required fields,
enums and constants, minimum/maximum, lengths, patterns, array items, union variants). A type
that does not fit raises `TypeError`, a value out of bounds or a missing field `ValueError`, each
naming the parameter's path (`tools[0].function.name must be a string, got int`).

The few rules the spec cannot state are in `_RULES` below, each with the API fact behind it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, NotRequired, TypedDict

import httpx

from ._types import NotGiven

__all__ = [
    "CallOptions",
    "JsonBody",
    "build_payload",
    "check_param",
    "check_value",
    "payload_builder",
    "to_json",
]

Node = Mapping[str, Any]


def to_json(value: Any) -> Any:
    """Plain JSON data from generated models (anything with `to_dict`) and containers of them."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value


@cache
def _schemas() -> dict[str, dict[str, Any]]:
    from ._schemas import SCHEMAS

    return SCHEMAS


def _kind(value: Any) -> str:
    """The JSON type of a value (after `to_json`), or its Python type name when it has none."""
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number" if math.isfinite(value) else "non-finite number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return type(value).__name__


_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "True or False",
    "object": "a mapping",
    "array": "a list",
    "null": "None",
}


def _describe(types: Sequence[str]) -> str:
    words = [_TYPE_WORDS.get(t, t) for t in types]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _accepts(types: Sequence[str] | None, kind: str) -> bool:
    return types is None or kind in types or (kind == "integer" and "number" in types)


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def check_value(node: Node, name: str, value: Any) -> None:
    """Check JSON data `value` (see `to_json`) against schema `node`; `name` is its path."""
    ref = node.get("ref")
    if ref is not None:
        node = _schemas()[ref]
    variants = node.get("any")
    if variants is not None:
        _check_any(node, variants, name, value)
        return
    kind = _kind(value)
    types = node.get("t")
    if not _accepts(types, kind):
        got = type(value).__name__ if kind != "non-finite number" else repr(value)
        raise TypeError(f"{name} must be {_describe(types or ())}, got {got}")
    if kind == "null":
        return
    if "const" in node and value != node["const"]:
        raise ValueError(f"{name} must be {node['const']!r}, got {value!r}")
    enum = node.get("enum")
    if enum is not None and value not in enum:
        raise ValueError(f"{name} must be one of {', '.join(map(str, enum))}; got {value!r}")
    if kind == "string":
        _check_string(node, name, value)
    elif kind in ("integer", "number"):
        lo, hi = node.get("min"), node.get("max")
        if lo is not None and hi is not None and not lo <= value <= hi:
            raise ValueError(f"{name} must be between {lo} and {hi}, got {value}")
        if lo is not None and value < lo:
            raise ValueError(f"{name} must be at least {lo}, got {value}")
        if hi is not None and value > hi:
            raise ValueError(f"{name} must be at most {hi}, got {value}")
    elif kind == "array":
        _check_array(node, name, value)
    elif kind == "object":
        _check_object(node, name, value)


def _check_string(node: Node, name: str, value: str) -> None:
    longest = node.get("maxLength")
    if longest is not None and len(value) > longest:
        raise ValueError(f"{name} must be at most {longest} characters, got {len(value)}")
    shortest = node.get("minLength")
    if shortest is not None and len(value) < shortest:
        raise ValueError(f"{name} must be at least {shortest} characters, got {len(value)}")
    pattern = node.get("pattern")
    if pattern is not None and not _pattern(pattern).search(value):
        raise ValueError(f"{name} must match {pattern}, got {value!r}")


def _check_array(node: Node, name: str, value: list[Any]) -> None:
    fewest = node.get("minItems")
    if fewest is not None and len(value) < fewest:
        raise ValueError(f"{name} must contain at least {fewest} item(s), got {len(value)}")
    most = node.get("maxItems")
    if most is not None and len(value) > most:
        raise ValueError(f"{name} takes at most {most} items, got {len(value)}")
    items = node.get("items")
    if items is not None:
        for i, item in enumerate(value):
            check_value(items, f"{name}[{i}]", item)


def _check_object(node: Node, name: str, value: dict[str, Any]) -> None:
    for key in node.get("req", ()):
        if key not in value:
            raise ValueError(f"{name}.{key} is required")
    most = node.get("maxProperties")
    if most is not None and len(value) > most:
        raise ValueError(f"{name} takes at most {most} entries, got {len(value)}")
    props = node.get("props", {})
    extra = node.get("add", True)
    for key, item in value.items():
        sub = props.get(key)
        if sub is not None:
            check_value(sub, f"{name}.{key}", item)
        elif extra is False:
            raise ValueError(f"{name} has no field {key!r}")
        elif extra is not True:
            check_value(extra, f"{name}[{key!r}]", item)


def _check_any(node: Node, variants: list[Node], name: str, value: Any) -> None:
    kind = _kind(value)
    candidates = [v for v, types in zip(variants, node["vt"], strict=True) if _accepts(types, kind)]
    disc = node.get("disc")
    if disc is not None and kind == "object":
        prop, mapping, others = disc
        tag = value.get(prop)
        chosen = mapping.get(tag) if isinstance(tag, str) else None
        if chosen is None and not others:
            if prop not in value:
                raise ValueError(f"{name}.{prop} is required")
            known = ", ".join(mapping)
            raise ValueError(f"{name}.{prop} must be one of {known}; got {tag!r}")
        indexes = chosen if chosen is not None else others
        candidates = [variants[i] for i in indexes]
    if not candidates:
        types = [t for ts in node["vt"] if ts for t in ts]
        raise TypeError(
            f"{name} must be {_describe(list(dict.fromkeys(types)))}, got {type(value).__name__}"
        )
    first: Exception | None = None
    for variant in candidates:
        try:
            check_value(variant, name, value)
            return
        except (TypeError, ValueError) as error:
            first = first or error
    assert first is not None
    raise first


class JsonBody:
    """A ready JSON body in place of a generated request model (builders only call `to_dict`)."""

    __slots__ = ("_payload",)

    def __init__(self, payload: dict[str, Any]) -> None:
        self._payload = payload

    def to_dict(self) -> dict[str, Any]:
        return self._payload


class CallOptions(TypedDict, total=False):
    """Per-call options every keyword `create` accepts besides the API's own parameters."""

    extra_headers: NotRequired[Mapping[str, str] | None]
    extra_query: NotRequired[Mapping[str, Any] | None]
    extra_body: NotRequired[Mapping[str, Any] | None]
    timeout: NotRequired[float | httpx.Timeout | NotGiven | None]
    # stream deadlines (streaming calls only)
    first_token_timeout: NotRequired[float | None]
    idle_timeout: NotRequired[float | None]


OPTION_NAMES = CallOptions.__required_keys__ | CallOptions.__optional_keys__


def check_param(schema: str, name: str, value: Any) -> Any:
    """Check one keyword of request `schema`; the JSON-ready value. Unknown names: `KeyError`."""
    node = _schemas()[schema]["props"][name]
    value = to_json(value)
    check_value(node, name, value)
    return value


def build_payload(operation: str, schema: str | Node, params: Mapping[str, Any]) -> dict[str, Any]:
    """Check keyword arguments against a request schema and return the JSON body.

    Options (`extra_headers`, `extra_query`, `extra_body`, `timeout`, stream deadlines) are
    skipped; values that are `NOT_GIVEN` are left out; `None` is sent as JSON null where the
    parameter allows it. An unknown keyword or a missing required one raises `TypeError`.
    """
    node = _schemas()[schema] if isinstance(schema, str) else schema
    props = node["props"]
    payload: dict[str, Any] = {}
    for name, value in params.items():
        if name in OPTION_NAMES:
            continue
        sub = props.get(name)
        if sub is None:
            raise TypeError(f"{operation}() got an unexpected keyword argument {name!r}")
        if isinstance(value, NotGiven):
            continue
        value = to_json(value)
        check_value(sub, name, value)
        payload[name] = value
    for name in node.get("req", ()):
        if name not in payload:
            raise TypeError(f"{operation}() missing required argument: {name!r}")
    for rule in _RULES.get(schema, ()) if isinstance(schema, str) else ():
        rule(payload)
    return payload


# -- what the spec cannot say -------------------------------------------------------------------


def _model_named(payload: dict[str, Any]) -> None:
    # A model slug is never empty: the API answers 400 for `"model": ""` instead of using the
    # account's default model, which it does when `model` is left out.
    model = payload.get("model")
    if isinstance(model, str) and not model.strip():
        raise ValueError("model must not be empty (leave it out to use your default model)")


def _logprobs_first(payload: dict[str, Any]) -> None:
    # OpenAI's contract, which OpenRouter follows: top_logprobs needs logprobs=True.
    if payload.get("top_logprobs") is not None and not payload.get("logprobs"):
        raise ValueError("top_logprobs requires logprobs=True")


def _one_reasoning_budget(payload: dict[str, Any]) -> None:
    # OpenRouter's reasoning docs: use either `effort` or `max_tokens`, not both.
    reasoning = payload.get("reasoning")
    if (
        isinstance(reasoning, dict)
        and reasoning.get("effort") is not None
        and reasoning.get("max_tokens") is not None
    ):
        raise ValueError("reasoning takes either effort or max_tokens, not both")


def _non_empty_input(payload: dict[str, Any]) -> None:
    # An empty prompt or input gives the model nothing to answer: the API answers 400.
    for name in ("input", "prompt"):
        if payload.get(name) in ("", []):
            raise ValueError(f"{name} must not be empty")


_RULES: dict[str, tuple[Callable[[dict[str, Any]], None], ...]] = {
    "ChatCompletionRequest": (_model_named, _logprobs_first, _one_reasoning_budget),
    "CreateCompletionRequest": (_model_named, _non_empty_input),
    "CreateResponseRequest": (_model_named, _one_reasoning_budget, _non_empty_input),
    "CreateMessageRequest": (_model_named,),
    "CreateEmbeddingsRequest": (_model_named, _non_empty_input),
}


def payload_builder(operation: str, schema: str) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """The payload function of one keyword call: `build_payload` bound to its schema."""

    def payload(params: Mapping[str, Any]) -> dict[str, Any]:
        return build_payload(operation, schema, params)

    return payload
