"""Cassettes of OpenRouter traffic that are safe to commit: vcrpy settings, scrubbing, checks.

`vcr_config()` gives the settings our recordings use: credentials removed from requests and
cookies from responses (header names compared case-insensitively, since vcrpy stores them
lower-case); the key of every live client and anything key-shaped masked everywhere else (URL,
header values, bodies: a server may echo the key back); bodies decompressed and stored as
readable literal blocks (an SSE stream reads exactly as it went over the wire); requests matched
on their body too, so several POSTs to `/chat/completions` replay in the right pairs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from .._secrets import mask_live
from ._wire import SECRET_HEADERS

__all__ = [
    "KEY_SHAPED",
    "deserialize",
    "find_key_shaped",
    "scrub_text",
    "serialize",
    "vcr_config",
]

#: The secrets that must never be committed, as (the prefix that announces one, its characters):
#: OpenRouter keys, other providers' keys, bearer tokens.
_SECRET_SHAPES = (
    (r"sk-or-v1-", r"[A-Za-z0-9]{16,}"),
    (r"sk-(?:ant|proj)-", r"[A-Za-z0-9_-]{16,}"),
    (r"Bearer\s+", r"[A-Za-z0-9._~+/=-]{8,}"),
)
#: Anything key-shaped that is not already a REDACTED placeholder.
KEY_SHAPED = re.compile(
    "|".join(f"{prefix}(?!REDACTED){chars}" for prefix, chars in _SECRET_SHAPES), re.IGNORECASE
)
#: Each shape, with its prefix kept and its characters replaced by REDACTED.
_REPLACEMENTS = tuple(
    re.compile(f"({prefix}){chars}", re.IGNORECASE) for prefix, chars in _SECRET_SHAPES
)
_DROP_RESPONSE_HEADERS = frozenset({"set-cookie", "cf-ray", "authorization"})


def scrub_text(text: str) -> str:
    """Replace everything key-shaped, and every live client's key, with a REDACTED placeholder."""
    text = mask_live(text, "REDACTED")
    for pattern in _REPLACEMENTS:
        text = pattern.sub(r"\1REDACTED", text)
    return text


def _scrub_headers(headers: dict[str, Any], drop: frozenset[str] | tuple[str, ...]) -> None:
    """Drop the named headers; scrub the values of the others (vcrpy keeps a list per name)."""
    for name in list(headers):
        if name.lower() in drop:
            del headers[name]
            continue
        value = headers[name]
        if isinstance(value, list):
            headers[name] = [scrub_text(v) if isinstance(v, str) else v for v in value]
        elif isinstance(value, str):
            headers[name] = scrub_text(value)


def find_key_shaped(text: str) -> list[str]:
    """Everything key-shaped in `text` (a cassette must have none)."""
    return KEY_SHAPED.findall(text)


def _scrub_body(body: Any) -> Any:
    if isinstance(body, str):
        return scrub_text(body)
    if isinstance(body, bytes):
        try:
            return scrub_text(body.decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:
            return body  # binary (audio, video, files): nothing textual to leak
    return body


def _rewrite_request(rewrite: tuple[str, str] | None) -> Callable[[Any], Any]:
    def scrub(request: Any) -> Any:
        if rewrite is not None and request.uri.startswith(rewrite[0]):
            request.uri = rewrite[1] + request.uri[len(rewrite[0]) :]
            for name in list(request.headers):
                if name.lower() == "host":  # the loopback port would only add noise
                    del request.headers[name]
        request.uri = scrub_text(request.uri)
        _scrub_headers(request.headers, SECRET_HEADERS)
        if request.body is not None:
            request.body = _scrub_body(request.body)
        return request

    return scrub


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    _scrub_headers(response.get("headers") or {}, _DROP_RESPONSE_HEADERS)
    body = response.get("body") or {}
    if "string" in body:
        body["string"] = _scrub_body(body["string"])
    return response


def vcr_config(*, rewrite_base: tuple[str, str] | None = None) -> dict[str, Any]:
    """Keyword arguments for `vcr.VCR(...)` / pytest-recording's `vcr_config` fixture.

    `rewrite_base=("http://127.0.0.1:8765/api/v1", "https://openrouter.ai/api/v1")` stores
    recordings made against the loopback emulator under the real API's address, so the same
    cassettes replay for clients configured like production.
    """
    return {
        "filter_headers": list(SECRET_HEADERS),
        "before_record_request": _rewrite_request(rewrite_base),
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "record_on_exception": False,
        "serializer": "openrouter-yaml",
    }


#: libyaml's safe loader when PyYAML was built with it (several times faster), else PyYAML's own.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Dumper(yaml.SafeDumper):
    """Multi-line strings as literal blocks, so SSE bodies diff line by line."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and not value.startswith(" ") and "\r" not in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def serialize(cassette: dict[str, Any]) -> str:
    """A cassette as YAML (register with `vcr.register_serializer("openrouter-yaml", module)`)."""
    return yaml.dump(cassette, Dumper=_Dumper, allow_unicode=True, width=10_000, sort_keys=True)


def deserialize(text: str) -> dict[str, Any]:
    """Load a cassette written by `serialize` (safe loader: no code runs)."""
    data = yaml.load(text, Loader=_LOADER)
    if not isinstance(data, dict):
        raise ValueError("not a cassette")
    return data
