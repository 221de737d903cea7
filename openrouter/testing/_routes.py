"""The route table: every operation of openapi.yaml, loaded lazily from the bundled routes.json.

`routes.json` is produced by `codegen/extract_routes.py` and read with importlib.resources, so it
works from an installed wheel too. `match` finds the operation for a method and URL path.
"""

from __future__ import annotations

import base64
import copy
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote

__all__ = ["Route", "load_routes", "match", "route_for"]

#: Operations that run a model (and so refuse management keys and are billed).
INFERENCE_OPERATIONS = frozenset(
    {
        "create_chat_completion",
        "create_completion",
        "create_response",
        "create_message",
        "create_embeddings",
        "create_rerank",
        "create_image",
        "create_speech",
        "create_transcription",
        "create_video",
    }
)


@dataclass(frozen=True, slots=True)
class Route:
    """One operation of the API.

    Attributes:
        method: HTTP method, upper case.
        path: the spec's path template (relative to the server URL).
        url_path: the full path template on the host, for example `/api/v1/keys/{hash}`.
        operation_id: the spec's `operationId`.
        tag: the spec's tag.
        key: `api`, `management` or `none` (`x-openrouter-key`).
        status: the success status (410 for the retired coinbase operation).
        content_type: the success content type, or None for an empty body.
        media_types: every success content type the spec lists.
    """

    method: str
    path: str
    url_path: str
    operation_id: str
    tag: str
    key: str
    status: int
    content_type: str | None
    media_types: tuple[str, ...]
    _example: Any
    _binary: bytes | None
    _pattern: re.Pattern[str]
    _literals: tuple[bool, ...]

    @property
    def inference(self) -> bool:
        """Whether the operation runs a model (billed; refused to management keys)."""
        return self.operation_id in INFERENCE_OPERATIONS

    @property
    def streams(self) -> bool:
        """Whether the operation can answer with an event stream."""
        return "text/event-stream" in self.media_types

    def example(self) -> Any:
        """A fresh copy of the spec's success example (JSON routes)."""
        return copy.deepcopy(self._example)

    def body(self) -> bytes:
        """The default success body: the example as JSON, or the binary placeholder."""
        if self._binary is not None:
            return self._binary
        if self.content_type is None:
            return b""
        return json.dumps(self._example, separators=(",", ":")).encode("utf-8")


def _compile(template: str) -> tuple[re.Pattern[str], tuple[bool, ...]]:
    segments = template.strip("/").split("/")
    parts: list[str] = []
    literals: list[bool] = []
    for segment in segments:
        name = re.fullmatch(r"\{([^}]+)\}", segment)
        if name:
            group = re.sub(r"\W", "_", name.group(1))
            parts.append(f"(?P<{group}>[^/]+)")
            literals.append(False)
        else:
            parts.append(re.escape(segment))
            literals.append(True)
    return re.compile("^/" + "/".join(parts) + "/?$"), tuple(literals)


def _route(raw: dict[str, Any]) -> Route:
    pattern, literals = _compile(raw["url_path"])
    binary = raw.get("body_base64")
    return Route(
        method=raw["method"],
        path=raw["path"],
        url_path=raw["url_path"],
        operation_id=raw["operation_id"],
        tag=raw["tag"],
        key=raw["key"],
        status=int(raw["status"]),
        content_type=raw.get("content_type"),
        media_types=tuple(raw.get("media_types") or ()),
        _example=raw.get("example"),
        _binary=base64.b64decode(binary) if binary is not None else None,
        _pattern=pattern,
        _literals=literals,
    )


@functools.cache
def load_routes() -> tuple[Route, ...]:
    """Every route, most specific first (literal segments win over parameters)."""
    text = resources.files("openrouter.testing").joinpath("routes.json").read_text("utf-8")
    routes = [_route(raw) for raw in json.loads(text)["routes"]]
    # `/videos/models` must win over `/videos/{jobId}`: compare segment by segment.
    routes.sort(key=lambda r: tuple(not literal for literal in r._literals))
    return tuple(routes)


@functools.cache
def route_for(operation_id: str) -> Route:
    """The route of an operation id (KeyError when there is none)."""
    for route in load_routes():
        if route.operation_id == operation_id:
            return route
    raise KeyError(operation_id)


def match(method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
    """Find the route for a request.

    Returns the route (or None), its path parameters, and whether the path exists at all
    (so a wrong method can be told apart from an unknown path).
    """
    path_known = False
    for route in load_routes():
        found = route._pattern.match(path)
        if found is None:
            continue
        path_known = True
        if route.method == method.upper():
            return route, {k: unquote(v) for k, v in found.groupdict().items()}, True
    return None, {}, path_known
