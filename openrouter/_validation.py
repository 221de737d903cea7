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
import threading
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict

from openrouter_api.types import jsonable

from ._types import NotGiven

if TYPE_CHECKING:
    import httpx
    import httpx2

__all__ = [
    "CallOptions",
    "JsonBody",
    "build_payload",
    "check_model_limits",
    "check_param",
    "check_value",
    "payload_builder",
    "to_json",
]

Node = Mapping[str, Any]


_SCALARS = frozenset((str, int, float, bool, type(None)))


def to_json(value: Any) -> Any:
    """Plain JSON data from generated models (anything with `to_dict`) and containers of them."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    # Plain values inside are taken as they are, without a call each.
    if kind is dict:
        return {
            k if type(k) is str else str(k): v if type(v) in _SCALARS else to_json(v)
            for k, v in value.items()
        }
    if kind is list:
        return [v if type(v) in _SCALARS else to_json(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return jsonable(value)  # enum members (the generated ones too), dates, UUIDs


@cache
def _schemas() -> Mapping[str, dict[str, Any]]:
    from ._schemas import SCHEMAS

    return SCHEMAS


_KINDS: dict[type, str] = {
    str: "string",
    int: "integer",
    bool: "boolean",
    float: "number",
    dict: "object",
    list: "array",
    type(None): "null",
}


def _kind(value: Any) -> str:
    """The JSON type of a value (after `to_json`), or its Python type name when it has none."""
    kind = _KINDS.get(type(value))
    if kind is None:
        return type(value).__name__
    if kind == "number" and not math.isfinite(value):
        return "non-finite number"
    return kind


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


#: Where a value sits: the argument's name, or (parent path, list index | field name |
#: (mapping key,)). Built as a check goes down (a tuple per level), written out as text only
#: for an error message (`_name`).
Path = str | tuple[Any, Any]

Checker = Callable[[Path, Any], None]

#: Schema nodes compiled into checker functions on first use (by node identity).
_compiled: dict[int, Checker] = {}
_compiling = threading.RLock()


def check_value(node: Node, name: str, value: Any) -> None:
    """Check JSON data `value` (see `to_json`) against schema `node`; `name` is its path."""
    _compile(node)(name, value)


def _name(path: Path) -> str:
    """A path as the error messages write it: `messages[0].content`, `metadata['key']`."""
    parts: list[str] = []
    while isinstance(path, tuple):
        path, key = path
        if isinstance(key, int):
            parts.append(f"[{key}]")
        elif isinstance(key, tuple):
            parts.append(f"[{key[0]!r}]")
        else:
            parts.append(f".{key}")
    return path + "".join(reversed(parts))


def _compile(node: Node) -> Checker:
    checker = _compiled.get(id(node))
    if checker is None:
        with _compiling:  # one thread compiles; the others wait and then find it done
            checker = _compiled.get(id(node))
            if checker is None:
                checker = _compile_node(node)
    return checker


def _compile_node(node: Node) -> Checker:
    # Children are compiled when a value first reaches them, so compiling never recurses (the
    # schemas refer to themselves) and a call compiles only the parts of a schema it uses.
    if "ref" in node:
        checker = _compile(_schemas()[node["ref"]])
    elif "any" in node:
        checker = _compile_any(node)
    else:
        checker = _compile_plain(node)
    _compiled[id(node)] = checker
    return checker


def _compile_plain(node: Node) -> Checker:
    types = node.get("t")
    accepted = None if types is None else frozenset(types) | ({"integer"} & _numbers(types))
    extras = _extras(node)

    def check(path: Path, value: Any) -> None:
        kind = _KINDS.get(type(value))
        if kind is None or kind == "number":
            kind = _kind(value)
        if accepted is not None and kind not in accepted:
            got = type(value).__name__ if kind != "non-finite number" else repr(value)
            raise TypeError(f"{_name(path)} must be {_describe(types or ())}, got {got}")
        if kind != "null":
            for extra in extras:
                extra(path, value, kind)

    return check


def _numbers(types: Sequence[str]) -> set[str]:
    return {"integer"} if "number" in types else set()


Extra = Callable[[Path, Any, str], None]


def _extras(node: Node) -> list[Extra]:
    """The checks of a node beyond its JSON type, each as a closure."""
    out: list[Extra] = []
    if "const" in node:
        const = node["const"]

        def check_const(path: Path, value: Any, kind: str) -> None:
            if value != const:
                raise ValueError(f"{_name(path)} must be {const!r}, got {value!r}")

        out.append(check_const)
    if "enum" in node:
        enum = node["enum"]

        def check_enum(path: Path, value: Any, kind: str) -> None:
            if value not in enum:
                raise ValueError(
                    f"{_name(path)} must be one of {', '.join(map(str, enum))}; got {value!r}"
                )

        out.append(check_enum)
    lo, hi = node.get("min"), node.get("max")
    if lo is not None or hi is not None:

        def check_bounds(path: Path, value: Any, kind: str) -> None:
            if kind not in ("integer", "number"):
                return
            if lo is not None and hi is not None and not lo <= value <= hi:
                raise ValueError(f"{_name(path)} must be between {lo} and {hi}, got {value}")
            if lo is not None and value < lo:
                raise ValueError(f"{_name(path)} must be at least {lo}, got {value}")
            if hi is not None and value > hi:
                raise ValueError(f"{_name(path)} must be at most {hi}, got {value}")

        out.append(check_bounds)
    if any(k in node for k in ("maxLength", "minLength", "pattern")):

        def check_string(path: Path, value: Any, kind: str) -> None:
            if kind == "string":
                _check_string(node, path, value)

        out.append(check_string)
    if any(k in node for k in ("items", "minItems", "maxItems")):
        items_node = node.get("items")
        fewest, most = node.get("minItems"), node.get("maxItems")
        items: Checker | None = None  # compiled when a value first has items

        def check_array(path: Path, value: Any, kind: str) -> None:
            if kind != "array":
                return
            if fewest is not None and len(value) < fewest:
                raise ValueError(
                    f"{_name(path)} must contain at least {fewest} item(s), got {len(value)}"
                )
            if most is not None and len(value) > most:
                raise ValueError(f"{_name(path)} takes at most {most} items, got {len(value)}")
            if items_node is not None:
                nonlocal items
                if items is None:
                    items = _compile(items_node)
                for i, item in enumerate(value):
                    items((path, i), item)

        out.append(check_array)
    if any(k in node for k in ("props", "req", "add", "maxProperties")):
        out.append(_object_checker(node))
    return out


def _object_checker(node: Node) -> Extra:
    required = tuple(node.get("req", ()))
    most = node.get("maxProperties")
    props: Mapping[str, Node] = node.get("props", {})
    extra = node.get("add", True)
    other = extra if isinstance(extra, Mapping) else None

    known: dict[str, Checker] = {}  # each field's checker, compiled when a value first has it

    def check_object(path: Path, value: Any, kind: str) -> None:
        if kind != "object":
            return
        for key in required:
            if key not in value:
                raise ValueError(f"{_name((path, key))} is required")
        if most is not None and len(value) > most:
            raise ValueError(f"{_name(path)} takes at most {most} entries, got {len(value)}")
        for key, item in value.items():
            check = known.get(key)
            if check is None and key in props:
                check = known[key] = _compile(props[key])
            if check is not None:
                check((path, key), item)
            elif other is not None:
                _compile(other)((path, (key,)), item)
            elif extra is False:
                raise ValueError(f"{_name(path)} has no field {key!r}")

    return check_object


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _check_string(node: Node, path: Path, value: str) -> None:
    longest = node.get("maxLength")
    if longest is not None and len(value) > longest:
        raise ValueError(f"{_name(path)} must be at most {longest} characters, got {len(value)}")
    shortest = node.get("minLength")
    if shortest is not None and len(value) < shortest:
        raise ValueError(f"{_name(path)} must be at least {shortest} characters, got {len(value)}")
    pattern = node.get("pattern")
    if pattern is not None and not _pattern(pattern).search(value):
        raise ValueError(f"{_name(path)} must match {pattern}, got {value!r}")


def _compile_any(node: Node) -> Checker:
    variants: list[Node] = node["any"]
    variant_types: list[list[str] | None] = node["vt"]
    # The variants a value may be, as checkers: by JSON type, and for objects of a union with
    # a discriminating property, by its value; each list is compiled when a value first needs it.
    by_kind: dict[str, list[Checker]] = {}
    by_tag: dict[str, list[Checker]] = {}
    disc = node.get("disc")
    if disc is not None:
        prop, mapping, others = disc
        chosen = {tag: [variants[i] for i in indexes] for tag, indexes in mapping.items()}
        fallback = [variants[i] for i in others]
        known = ", ".join(mapping)

    # The first value of a kind (or tag) compiles its list; `check` looks the lists up itself.
    def of_kind(kind: str) -> list[Checker]:
        found = by_kind[kind] = [
            _compile(v)
            for v, types in zip(variants, variant_types, strict=True)
            if _accepts(types, kind)
        ]
        return found

    def of_tag(path: Path, value: dict[str, Any], tag: Any) -> list[Checker]:
        nodes = chosen.get(tag) if isinstance(tag, str) else None
        if nodes is not None:
            found = by_tag[tag] = [_compile(v) for v in nodes]
            return found
        if not fallback:
            if prop not in value:
                raise ValueError(f"{_name((path, prop))} is required")
            raise ValueError(f"{_name((path, prop))} must be one of {known}; got {tag!r}")
        return [_compile(v) for v in fallback]

    def check(path: Path, value: Any) -> None:
        kind = _KINDS.get(type(value))
        if kind is None or kind == "number":
            kind = _kind(value)
        if disc is not None and kind == "object":
            tag = value.get(prop)
            tried = by_tag.get(tag) if isinstance(tag, str) else None
            if tried is None:
                tried = of_tag(path, value, tag)
        else:
            tried = by_kind.get(kind)
            if tried is None:
                tried = of_kind(kind)
        if len(tried) == 1:
            tried[0](path, value)
            return
        if not tried:
            types = list(dict.fromkeys(t for ts in variant_types if ts for t in ts))
            raise TypeError(f"{_name(path)} must be {_describe(types)}, got {type(value).__name__}")
        first: Exception | None = None
        for variant in tried:
            try:
                variant(path, value)
                return
            except (TypeError, ValueError) as error:
                first = first or error
        assert first is not None
        raise first

    return check


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
    timeout: NotRequired[float | httpx.Timeout | httpx2.Timeout | NotGiven | None]
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
        _compile(sub)(name, value)
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


#: The output-token limits of each call's body, checked against the model's known limit.
_TOKEN_LIMITS = ("max_tokens", "max_completion_tokens", "max_output_tokens")


def check_model_limits(payload: Mapping[str, Any], limits: Callable[[str], int | None]) -> None:
    """Refuse an output budget above what the named model can produce.

    The spec cannot state this: each model has its own limit, listed in `GET /models`
    (`top_provider.max_completion_tokens`, else `context_length`). `limits(model)` returns it when
    the client's cached catalogue knows the model, None otherwise (nothing is fetched for this).
    """
    model = payload.get("model")
    if not isinstance(model, str):
        return
    for name in _TOKEN_LIMITS:
        value = payload.get(name)
        if type(value) is int:
            limit = limits(model)
            if limit is not None and value > limit:
                raise ValueError(
                    f"{name} must be at most {limit} for {model} (its largest output in the "
                    f"/models catalogue), got {value}"
                )


def payload_builder(operation: str, schema: str) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """The payload function of one keyword call: `build_payload` bound to its schema."""

    def payload(params: Mapping[str, Any]) -> dict[str, Any]:
        return build_payload(operation, schema, params)

    return payload
