"""Strict responses (opt-in): a parsed answer checked against the JSON it was read from.

Parsing is tolerant (see codegen/README.md, "Response models"); with `strict_responses=True`
every deviation from the spec that tolerance absorbed becomes a `ResponseValidationError`.
"""

from __future__ import annotations

import functools
import sys
import types
from collections.abc import Callable
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from openrouter_api.types import resolve_deferred

__all__ = ["drift", "expected_type", "strict_kind"]

Field = tuple[str, str, bool, Any]
_FIELDS: dict[type, tuple[list[Field], Any]] = {}
_UNIONS = (Union, types.UnionType)


def _fields(cls: type) -> tuple[list[Field], Any]:
    """(attribute, JSON name, required, type) of each field, and the additional values' type."""
    known = _FIELDS.get(cls)
    if known is None:
        namespace = vars(sys.modules[cls.__module__])
        resolve_deferred(namespace)  # the models its type text names, not their placeholders
        fields = [
            (attr, key, required, eval(text, namespace))  # the spec's types, written by codegen
            for attr, key, required, text in cls.__spec_fields__  # type: ignore[attr-defined]
        ]
        extra = getattr(cls, "__spec_additional__", None)
        known = _FIELDS[cls] = (fields, eval(extra, namespace) if extra else Any)
    return known


def _fits(value: Any, tp: Any) -> bool:
    """Whether `value` is of type `tp` at the top (nested values are checked separately)."""
    if tp is Any:
        return True
    if tp is None or tp is type(None):
        return value is None
    origin = get_origin(tp)
    if origin in _UNIONS:
        return any(_fits(value, arg) for arg in get_args(tp))
    if origin is Literal:
        return any(value == arg and type(value) is type(arg) for arg in get_args(tp))
    if origin is not None:
        return isinstance(value, origin)
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return isinstance(value, tp)
    return isinstance(tp, type) and isinstance(value, tp)


def _check(value: Any, tp: Any, raw: Any, path: str, out: list[str]) -> None:
    if not _fits(value, tp):
        shown = repr(raw) if len(repr(raw)) <= 60 else f"{type(raw).__name__}"
        out.append(f"{path}: expected {_name(tp)}, got {shown}")
        return
    origin = get_origin(tp)
    if origin in _UNIONS:
        for arg in get_args(tp):
            if _fits(value, arg):
                _check(value, arg, raw, path, out)
                return
    if origin is list and isinstance(raw, list):
        (item,) = get_args(tp) or (Any,)
        for i, (v, r) in enumerate(zip(value, raw, strict=False)):
            _check(v, item, r, f"{path}[{i}]", out)
    elif hasattr(value, "__spec_fields__"):
        _check_model(value, raw, path, out)


def _check_model(obj: Any, raw: Any, path: str, out: list[str]) -> None:
    fields, extra = _fields(type(obj))
    raw = raw if isinstance(raw, dict) else {}
    for attr, key, required, tp in fields:
        if key not in raw:
            if required:
                out.append(f"{path}.{key}: missing")
            continue
        _check(getattr(obj, attr), tp, raw[key], f"{path}.{key}", out)
    if extra is not Any:
        for key, value in obj.additional_properties.items():
            _check(value, extra, raw.get(key), f"{path}.{key}", out)


def _name(tp: Any) -> str:
    return tp.__name__ if isinstance(tp, type) and get_origin(tp) is None else str(tp)


def drift(value: Any, raw: Any, expected: Any = Any) -> list[str]:
    """Where a parsed `value` strays from the spec, compared with the `raw` JSON it came from."""
    out: list[str] = []
    _check(value, expected, raw, "$", out)
    return out


def expected_type(parse: Callable[..., Any]) -> Any:
    """The type an operation's parser promises (Any when it cannot be told)."""
    owner = getattr(parse, "__self__", None)
    module = getattr(owner, "_module", None)  # a hand-written call names its generated module
    return _return_type(module().parse_response if callable(module) else parse)


@functools.cache
def _return_type(function: Callable[..., Any]) -> Any:
    """Resolved once per parser: resolving annotations costs more than checking a response.

    Only the return annotation: a parameter's (`httpx.Response`) names a module that is imported
    for type checkers alone."""
    returns = types.SimpleNamespace(
        __annotations__={"return": getattr(function, "__annotations__", {}).get("return", Any)},
        __globals__=getattr(function, "__globals__", {}),
    )
    try:
        return get_type_hints(returns).get("return", Any)
    except Exception:  # an annotation that does not resolve: check the instance alone
        return Any


_STRICT_KINDS: dict[int, Any] = {}


def strict_kind(kind: Any) -> Any:
    """The same stream kind, with each event checked after it is parsed."""
    strict = _STRICT_KINDS.get(id(kind))
    if strict is None:
        strict = _STRICT_KINDS[id(kind)] = kind._replace(parse_chunk=_strict(kind.parse_chunk))
    return strict


def _strict(parse: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Any]:
    def parse_strictly(data: dict[str, Any]) -> Any:
        value = parse(data)
        problems = drift(value, data)
        if problems:
            raise ValueError("; ".join(problems[:5]))
        return value

    return parse_strictly
