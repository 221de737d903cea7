"""Python types as strict JSON schemas, and JSON data checked and turned back into those types.

Supported: pydantic models (used through their own `model_json_schema` / `model_validate`, never
imported here), dataclasses, attrs classes, TypedDicts, enums, `Literal`, unions and `X | None`,
lists, tuples, sets, `dict[str, X]`, dates and times, and the JSON scalars. The strict form is
what OpenAI-style structured outputs require: every object closed (`additionalProperties: false`)
and every property listed in `required`; an optional value is expressed as nullable.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
import functools
import json
import re
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Union

import attrs

__all__ = ["SchemaMismatch", "convert", "is_pydantic", "strict", "strict_schema", "type_name"]

_NONE = type(None)
_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    _NONE: {"type": "null"},
    None: {"type": "null"},
    _dt.datetime: {"type": "string", "format": "date-time"},
    _dt.date: {"type": "string", "format": "date"},
    _dt.time: {"type": "string", "format": "time"},
}
_SEQUENCES = (list, Sequence, tuple, set, frozenset)
_WRAPPERS = (typing.Required, typing.NotRequired)  # TypedDict keys: strict output has them all


class SchemaMismatch(ValueError):
    """JSON data that does not fit the requested type; the message names the path."""


def is_pydantic(tp: Any) -> bool:
    """A pydantic model class (checked by shape, so pydantic is never imported here)."""
    return (
        isinstance(tp, type) and hasattr(tp, "model_json_schema") and hasattr(tp, "model_validate")
    )


def _is_named(tp: Any) -> bool:
    return isinstance(tp, type) and (
        dataclasses.is_dataclass(tp)
        or attrs.has(tp)
        or typing.is_typeddict(tp)
        or is_pydantic(tp)
        or issubclass(tp, enum.Enum)
    )


def type_name(tp: Any) -> str:
    """A schema or tool name for a type: letters, digits, `_` and `-`, at most 64."""
    name = getattr(tp, "__name__", None) or "output"
    return re.sub(r"[^A-Za-z0-9_-]", "_", str(name))[:64]


def _description(tp: Any) -> str | None:
    doc = tp.__doc__
    if not doc or (dataclasses.is_dataclass(tp) and doc.startswith(f"{type_name(tp)}(")):
        return None  # dataclasses make up a docstring from the signature
    if isinstance(tp, type) and doc in (dict.__doc__, object.__doc__):
        return None
    return " ".join(doc.strip().split("\n\n")[0].split())


def _hints(tp: Any) -> dict[str, Any]:
    return typing.get_type_hints(tp, include_extras=True)


@functools.cache
def _fields(tp: Any) -> list[tuple[str, Any, bool]]:
    """(name, type, has a default) for the fields of a dataclass, attrs class or TypedDict.

    Cached per type: resolving type hints is the costly part of decoding every object.
    """
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return [
            (f.name, hints.get(f.name, Any), _has_default(f))
            for f in dataclasses.fields(tp)
            if f.init
        ]
    if attrs.has(tp):
        attrs.resolve_types(tp)
        return [
            (f.name, f.type if f.type is not None else Any, f.default is not attrs.NOTHING)
            for f in attrs.fields(tp)
            if f.init
        ]
    hints = _hints(tp)
    required = getattr(tp, "__required_keys__", frozenset(hints))
    return [
        (name, hint, name not in required or typing.get_origin(hint) is typing.NotRequired)
        for name, hint in hints.items()
    ]  # NotRequired in a string annotation is seen only once resolved


def _has_default(f: dataclasses.Field[Any]) -> bool:
    return f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING


class _Builder:
    """Builds schemas with shared definitions (`$defs`) for named types, recursion included."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self._names: dict[Any, str] = {}

    def ref(self, tp: Any) -> dict[str, Any]:
        name = self._names.get(tp)
        if name is None:
            name = type_name(tp)
            while name in self.defs:
                name += "_"
            self._names[tp] = name
            self.defs[name] = {}  # placeholder: a recursive type refers to itself
            self.defs[name] = self._named(tp)
        return {"$ref": f"#/$defs/{name}"}

    def _named(self, tp: Any) -> dict[str, Any]:
        if is_pydantic(tp):
            return self._pydantic(tp)
        if issubclass(tp, enum.Enum):
            return {"enum": [m.value for m in tp]}
        properties = {name: self.schema(hint) for name, hint, _ in _fields(tp)}
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        description = _description(tp)
        if description:
            schema["description"] = description
        return schema

    def _pydantic(self, tp: Any) -> dict[str, Any]:
        raw = dict(tp.model_json_schema(ref_template="#/$defs/{model}"))
        defs = dict(raw.pop("$defs", {}))
        ref = raw.get("$ref")
        if isinstance(ref, str) and len(raw) == 1:  # a recursive model: its body is a definition
            raw = defs.pop(ref.rsplit("/", 1)[-1])
        for name, definition in defs.items():
            self.defs.setdefault(name, definition)
        return raw

    def schema(self, tp: Any) -> dict[str, Any]:
        """The (not yet strict) schema of a type."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in _WRAPPERS:
            return self.schema(args[0])
        if origin is typing.Annotated:
            schema = self.schema(args[0])
            notes = [a for a in args[1:] if isinstance(a, str)]
            return {**schema, "description": notes[0]} if notes else schema
        if tp in _SCALARS:
            return dict(_SCALARS[tp])
        if tp is Any or tp is object:
            return {}
        if _is_named(tp):
            return self.ref(tp)
        if origin in (Union, types.UnionType):
            return {"anyOf": [self.schema(a) for a in args]}
        if origin is Literal:
            return _literal(args)
        if origin in (dict, Mapping):
            value = self.schema(args[1]) if len(args) == 2 else {}
            return {"type": "object", "additionalProperties": value}
        if origin is tuple and args and args[-1] is not Ellipsis:
            items = [self.schema(a) for a in args]
            return {"type": "array", "prefixItems": items, "minItems": len(items),
                    "maxItems": len(items)}  # fmt: skip
        if origin in _SEQUENCES or tp in (list, tuple, set, frozenset):
            return {"type": "array", "items": self.schema(args[0]) if args else {}}
        raise TypeError(f"cannot describe {tp!r} as a JSON schema")


def _literal(values: tuple[Any, ...]) -> dict[str, Any]:
    kinds = {type(v) for v in values}
    schema: dict[str, Any] = {"enum": list(values)}
    if len(kinds) == 1:
        kind = _SCALARS.get(kinds.pop())
        if kind is not None:
            schema["type"] = kind["type"]
    return schema


def strict(schema: Any) -> Any:
    """A copy of a schema in strict form: objects closed, all properties required, no defaults.

    `oneOf` becomes `anyOf`; a mapping type (`additionalProperties` holding a schema) is kept.
    """
    if isinstance(schema, list):
        return [strict(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: strict(v) for k, v in schema.items() if k not in ("default", "oneOf")}
    if "oneOf" in schema:
        out["anyOf"] = strict(schema["oneOf"])
    if isinstance(out.get("properties"), dict):
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
        out.setdefault("type", "object")
    elif out.get("type") == "object" and "additionalProperties" not in out:
        out["additionalProperties"] = False
        out.setdefault("properties", {})
        out.setdefault("required", [])
    if isinstance(out.get("allOf"), list) and len(out["allOf"]) == 1:
        only = out.pop("allOf")[0]  # pydantic wraps a described `$ref` like this
        out = {**only, **out}
    return out


def _root(schema: dict[str, Any], defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An object schema at the top (a `$ref` there is inlined), with the definitions it uses."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/") and len(schema) == 1:
        name = ref.removeprefix("#/$defs/")
        root = dict(defs[name])
        rest = {k: v for k, v in defs.items() if k != name}
        if ref in json.dumps([root, rest]):
            rest = defs  # recursive: the root refers to itself by name
    else:
        root, rest = dict(schema), defs
    if rest:
        root["$defs"] = rest
    return root


def strict_parameters(hints: Mapping[str, Any], descriptions: Mapping[str, str]) -> dict[str, Any]:
    """The strict object schema of named parameters (a function's), one builder for all of
    them: named types they share, or that share a name, get one definition each."""
    builder = _Builder()
    properties: dict[str, Any] = {}
    for name, hint in hints.items():
        schema = builder.schema(hint)
        if name in descriptions and "$ref" not in schema:
            schema = {**schema, "description": descriptions[name]}
        properties[name] = schema
    root = {"type": "object", "properties": properties}
    return typing.cast("dict[str, Any]", strict(_root(root, builder.defs)))


def strict_schema(tp: Any) -> dict[str, Any]:
    """The strict JSON schema of a type, with named types under `$defs` (TypeError if it has
    none)."""
    builder = _Builder()
    schema = builder.schema(tp)
    return typing.cast("dict[str, Any]", strict(_root(schema, builder.defs)))


# -- data back into types -----------------------------------------------------------------------
def _fail(path: str, message: str) -> SchemaMismatch:
    return SchemaMismatch(f"{path or 'the value'}: {message}")


def _convert_fields(tp: Any, data: Any, path: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _fail(path, f"expected an object for {tp.__name__}, got {type(data).__name__}")
    fields = _fields(tp)
    known = {name for name, _, _ in fields}
    unknown = sorted(set(data) - known)
    if unknown:
        raise _fail(path, f"unexpected properties {unknown}")
    out: dict[str, Any] = {}
    for name, hint, has_default in fields:
        where = f"{path}.{name}" if path else name
        if name in data:
            out[name] = convert(hint, data[name], where)
        elif not has_default:
            raise _fail(where, "required property missing")
    return out


def convert(tp: Any, data: Any, path: str = "") -> Any:
    """`data` (decoded JSON) checked against `tp` and turned into it (SchemaMismatch if not)."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated or origin in _WRAPPERS:
        return convert(args[0], data, path)
    if tp is Any or tp is object:
        return data
    if tp in (None, _NONE):
        if data is not None:
            raise _fail(path, f"expected null, got {type(data).__name__}")
        return None
    if tp is bool:
        if not isinstance(data, bool):
            raise _fail(path, f"expected a boolean, got {type(data).__name__}")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int | float) or data != int(data):
            raise _fail(path, f"expected an integer, got {data!r}")
        return int(data)
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise _fail(path, f"expected a number, got {data!r}")
        return float(data)
    if tp is str:
        if not isinstance(data, str):
            raise _fail(path, f"expected a string, got {type(data).__name__}")
        return data
    if tp in (_dt.datetime, _dt.date, _dt.time):
        if not isinstance(data, str):
            raise _fail(path, f"expected an ISO {tp.__name__} string")
        try:
            return tp.fromisoformat(data.replace("Z", "+00:00") if tp is _dt.datetime else data)
        except ValueError as exc:
            raise _fail(path, str(exc)) from None
    if is_pydantic(tp):
        try:
            return tp.model_validate(data)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise _fail(path, str(exc)) from None
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(data)
        except ValueError:
            raise _fail(path, f"{data!r} is not one of {[m.value for m in tp]}") from None
    if isinstance(tp, type) and typing.is_typeddict(tp):
        return _convert_fields(tp, data, path)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return tp(**_convert_fields(tp, data, path))
    if isinstance(tp, type) and attrs.has(tp):
        values = _convert_fields(tp, data, path)
        aliases = {f.name: f.alias for f in attrs.fields(tp)}
        return tp(**{aliases[name]: value for name, value in values.items()})
    if origin in (Union, types.UnionType):
        problems = []
        for arm in args:
            try:
                return convert(arm, data, path)
            except SchemaMismatch as exc:
                problems.append(str(exc))
        raise _fail(path, "fits none of the allowed types (" + "; ".join(problems) + ")")
    if origin is Literal:
        if not any(data == v and type(data) is type(v) for v in args):
            raise _fail(path, f"{data!r} is not one of {list(args)}")
        return data
    if origin in (dict, Mapping) or tp is dict:
        if not isinstance(data, dict):
            raise _fail(path, f"expected an object, got {type(data).__name__}")
        value_type = args[1] if len(args) == 2 else Any
        return {k: convert(value_type, v, f"{path}.{k}") for k, v in data.items()}
    if origin in _SEQUENCES or tp in (list, tuple, set, frozenset):
        if not isinstance(data, list):
            raise _fail(path, f"expected an array, got {type(data).__name__}")
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(data) != len(args):
                raise _fail(path, f"expected {len(args)} items, got {len(data)}")
            return tuple(
                convert(a, v, f"{path}[{i}]")
                for i, (a, v) in enumerate(zip(args, data, strict=True))
            )
        item = args[0] if args else Any
        items = [convert(item, v, f"{path}[{i}]") for i, v in enumerate(data)]
        container = origin if origin in (tuple, set, frozenset) else tp
        return container(items) if container in (tuple, set, frozenset) else items
    raise TypeError(f"cannot convert JSON data to {tp!r}")
