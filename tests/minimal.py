"""Smallest valid values for a schema of openapi.yaml: enough to call any operation in tests."""

from __future__ import annotations

from typing import Any

from tests.spec import spec


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec()["components"]["schemas"][name]
    return schema


def minimal(schema: dict[str, Any], depth: int = 0) -> Any:
    """A value that satisfies `schema` with only its required parts filled in."""
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [o for o in schema[key] if resolve(o).get("type") != "null"]
            return minimal(options[0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: minimal(props[name], depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        count = max(1, schema.get("minItems", 0))
        return [minimal(schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return float(max(0.5, schema.get("minimum", 0.5)))
    if kind == "boolean":
        return True
    if kind == "string":
        if schema.get("format") == "uuid":
            return "00000000-0000-4000-8000-000000000001"
        if schema.get("format") == "date-time":
            return "2026-11-21T00:00:00Z"
        if schema.get("format") == "date":
            return "2026-11-21"
        if schema.get("format") == "binary":
            return b"data"
        return "x"
    return {}
