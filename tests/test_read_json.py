"""`read_json` is `json.loads`: the same value or the same error for any input, whatever the
shortcut it takes for a plain document."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from openrouter_api.types import read_json

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**64 - 5, max_value=2**80)  # past 64 bits: kept exact
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def outcome(decode: Any, document: bytes | str) -> tuple[str, Any]:
    """What decoding gives: the value (NaN made comparable), or the error's type and text."""
    try:
        value = decode(document)
    except (ValueError, TypeError) as exc:
        return "error", (type(exc), str(exc))
    return "value", json.dumps(value, sort_keys=True) if _has_nan(value) else value


def _has_nan(value: Any) -> bool:
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, list):
        return any(_has_nan(v) for v in value)
    if isinstance(value, dict):
        return any(_has_nan(v) for v in value.values())
    return False


@settings(max_examples=400, deadline=None)
@given(
    _VALUES,
    st.sampled_from(["", " ", "\n", " \r\n\t"]),
    st.sampled_from(["", " ", "\n\n"]),
    st.sampled_from([None, 0, 2]),
    st.booleans(),
    st.sampled_from(["str", "utf-8", "utf-8-sig", "utf-16", "utf-32-le"]),
)
def test_any_document_in_any_framing_reads_as_json_loads_reads_it(
    value: Any, before: str, after: str, indent: int | None, ascii_only: bool, encoding: str
) -> None:
    text = before + json.dumps(value, indent=indent, ensure_ascii=ascii_only) + after
    document: bytes | str = text if encoding == "str" else text.encode(encoding, "surrogatepass")
    assert outcome(read_json, document) == outcome(json.loads, document)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=40) | st.text(max_size=40))
def test_anything_else_reads_or_fails_exactly_as_json_loads(document: bytes | str) -> None:
    assert outcome(read_json, document) == outcome(json.loads, document)


def test_the_edges_of_the_shortcut() -> None:
    cases: list[bytes | str] = [
        '{"a": 1}',  # the shortcut
        b'{"a": 1}',
        '{"a": 1} ',  # ends before the last character: json.loads decides
        ' {"a": 1}',  # starts after the first
        '{"a": 1} x',
        '{"a": 1}{"b": 2}',
        "\ufeff{}",  # a BOM: an error in text, accepted in bytes
        b"\xef\xbb\xbf{}",
        b'"\xed\xa0\x80"',  # a lone surrogate in UTF-8: json.loads passes it through
        b'"\xff"',
        "",
        b"",
        "NaN",
        "123456789012345678901234567890",
        bytearray(b"[1]"),  # type: ignore[list-item]
    ]
    for document in cases:
        assert outcome(read_json, document) == outcome(json.loads, document), document
