"""Extract the emulator's route table from openapi.yaml into openrouter/testing/routes.json.

For every operation: method, path template (and the full URL path with its base), operationId,
tag, key kind (`x-openrouter-key`), success status, success content type(s) and example. Binary
responses get a short placeholder body (base64) with a concrete content type. The output is
sorted and pretty-printed (indent=1), so two runs on the same spec give identical bytes.

Run from the repository root:

    .venv/bin/python codegen/extract_routes.py            # writes openrouter/testing/routes.json
    .venv/bin/python codegen/extract_routes.py --out x.json --spec openapi.yaml
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "openapi.yaml"
DEFAULT_OUT = ROOT / "openrouter" / "testing" / "routes.json"
METHODS = ("get", "put", "post", "patch", "delete")

# Concrete types for wildcard media types, and short placeholder bodies per type family.
CONCRETE = {"audio/*": "audio/mpeg"}
PLACEHOLDERS = {
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00emulated audio",
    "video/mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isomemulated video",
    "application/octet-stream": b"emulated file content\n",
}
JSON_TYPES = ("application/json",)


def _load(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as handle:
        spec: dict[str, Any] = yaml.load(handle, Loader=loader)
    return spec


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        parts = node["$ref"].lstrip("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target[part]
        node = target
    return node


def _base_path(spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> str:
    servers = op.get("servers") or item.get("servers") or spec.get("servers") or [{"url": ""}]
    return urlsplit(servers[0]["url"]).path.rstrip("/")


def _success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    codes = sorted(str(code) for code in op["responses"])
    chosen = next((c for c in codes if c.startswith("2")), codes[0])
    return int(chosen), _resolve(spec, op["responses"][chosen])


def _route(spec: dict[str, Any], method: str, path: str, item: dict[str, Any]) -> dict[str, Any]:
    op = item[method]
    status, response = _success(spec, op)
    content: dict[str, Any] = response.get("content") or {}
    media_types = list(content)
    route: dict[str, Any] = {
        "method": method.upper(),
        "path": path,
        "url_path": _base_path(spec, item, op) + path,
        "operation_id": op["operationId"],
        "tag": (op.get("tags") or [""])[0],
        "key": op.get("x-openrouter-key", "api"),
        "status": status,
        "media_types": media_types,
        "content_type": None,
        "example": None,
    }
    if not media_types:
        return route
    json_type = next((m for m in media_types if m in JSON_TYPES), None)
    if json_type is not None:
        route["content_type"] = json_type
        example = content[json_type].get("example")
        if example is None and status >= 400:
            # Error responses without an example get the standard error envelope.
            example = {"error": {"code": status, "message": response.get("description", "")}}
        route["example"] = example
        return route
    concrete = CONCRETE.get(media_types[0], media_types[0])
    route["content_type"] = concrete
    placeholder = PLACEHOLDERS.get(concrete, b"emulated binary content\n")
    route["body_base64"] = base64.b64encode(placeholder).decode("ascii")
    return route


def build_routes(spec: dict[str, Any]) -> dict[str, Any]:
    """The routes.json document for a parsed spec."""
    routes = [
        _route(spec, method, path, item)
        for path, item in spec["paths"].items()
        for method in METHODS
        if method in item
    ]
    routes.sort(key=lambda r: (r["url_path"], METHODS.index(r["method"].lower())))
    return {
        "generated_by": "codegen/extract_routes.py",
        "source": "openapi.yaml",
        "spec_version": spec.get("info", {}).get("version"),
        "routes": routes,
    }


def render(document: dict[str, Any]) -> str:
    """Serialise deterministically: sorted keys, indent=1, trailing newline."""
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI file")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write routes.json")
    args = parser.parse_args(argv)
    text = render(build_routes(_load(args.spec)))
    args.out.write_text(text, encoding="utf-8")
    count = text.count('"operation_id"')
    print(f"wrote {args.out} ({count} routes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
