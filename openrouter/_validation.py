"""Checks for user-supplied request parameters: clear errors naming the parameter, before sending.

Pure functions. Each check takes the parameter's name and value and returns the JSON-ready value
(attrs models become dicts) or raises `TypeError` / `ValueError`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NotRequired, TypedDict

import httpx

from ._types import NotGiven

__all__ = [
    "NULLABLE_OBJECT",
    "OBJECT",
    "SAMPLING_CHECKS",
    "CallOptions",
    "Check",
    "JsonBody",
    "any_json",
    "boolean",
    "build_payload",
    "integer",
    "json_object",
    "number",
    "object_list",
    "string",
    "string_list",
    "string_map",
    "string_or_list",
    "to_json",
    "token_biases",
]

Check = Callable[[str, Any], Any]


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


def _type_name(value: object) -> str:
    return type(value).__name__


def number(lo: float | None = None, hi: float | None = None, *, nullable: bool = True) -> Check:
    """A real number, optionally bounded (inclusive)."""

    def check(name: str, value: Any) -> Any:
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise TypeError(f"{name} must be a number, got {_type_name(value)}")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise ValueError(f"{name} must be between {lo} and {hi}, got {value}")
        return value

    return check


def integer(lo: int | None = None, hi: int | None = None, *, nullable: bool = True) -> Check:
    """A whole number, optionally bounded (inclusive)."""

    def check(name: str, value: Any) -> Any:
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an integer, got {_type_name(value)}")
        if lo is not None and value < lo:
            raise ValueError(f"{name} must be at least {lo}, got {value}")
        if hi is not None and value > hi:
            raise ValueError(f"{name} must be at most {hi}, got {value}")
        return value

    return check


def boolean(*, nullable: bool = True) -> Check:
    """True or False."""

    def check(name: str, value: Any) -> Any:
        if value is None and nullable:
            return None
        if not isinstance(value, bool):
            raise TypeError(f"{name} must be True or False, got {_type_name(value)}")
        return value

    return check


def string(*, nullable: bool = False, max_length: int | None = None) -> Check:
    """A non-empty string."""

    def check(name: str, value: Any) -> Any:
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a string, got {_type_name(value)}")
        if not value.strip():
            raise ValueError(f"{name} must not be empty")
        if max_length is not None and len(value) > max_length:
            raise ValueError(f"{name} must be at most {max_length} characters, got {len(value)}")
        return value

    return check


def string_list(*, max_items: int | None = None, min_items: int = 0) -> Check:
    """A list of non-empty strings."""

    def check(name: str, value: Any) -> Any:
        if isinstance(value, str) or not isinstance(value, Sequence):
            raise TypeError(f"{name} must be a list of strings, got {_type_name(value)}")
        if len(value) < min_items:
            raise ValueError(f"{name} must have at least {min_items} item(s)")
        if max_items is not None and len(value) > max_items:
            raise ValueError(f"{name} takes at most {max_items} items, got {len(value)}")
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item:
                raise TypeError(f"{name}[{i}] must be a non-empty string, got {item!r}")
        return list(value)

    return check


def string_or_list(*, max_items: int | None = None) -> Check:
    """A string, or a list of strings (like `stop`)."""
    as_list = string_list(max_items=max_items)

    def check(name: str, value: Any) -> Any:
        if value is None or isinstance(value, str):
            return value
        return as_list(name, value)

    return check


def json_object(*, nullable: bool = True) -> Check:
    """A mapping (or a generated model), sent as a JSON object."""

    def check(name: str, value: Any) -> Any:
        if value is None and nullable:
            return None
        converted = to_json(value)
        if not isinstance(converted, dict):
            raise TypeError(f"{name} must be a mapping, got {_type_name(value)}")
        return converted

    return check


def any_json(name: str, value: Any) -> Any:
    """Anything JSON can carry (models are converted)."""
    return to_json(value)


OBJECT = json_object(nullable=False)
NULLABLE_OBJECT = json_object(nullable=True)


def object_list(name: str, value: Any) -> Any:
    """A list of JSON objects (tools, plugins, ...)."""
    if isinstance(value, str | Mapping) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list, got {_type_name(value)}")
    return [OBJECT(f"{name}[{i}]", item) for i, item in enumerate(value)]


def string_map(name: str, value: Any) -> Any:
    """`metadata`: at most 16 string pairs (keys up to 64 characters, values up to 512)."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must map strings to strings")
    if len(value) > 16:
        raise ValueError(f"{name} takes at most 16 pairs, got {len(value)}")
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(f"{name} must map strings to strings")
        if len(key) > 64 or len(item) > 512:
            raise ValueError(f"{name}: keys are at most 64 and values 512 characters")
    return dict(value)


def token_biases(name: str, value: Any) -> Any:
    """`logit_bias`: token ids mapped to biases between -100 and 100."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must map token ids to biases")
    for token, bias in value.items():
        number(-100, 100, nullable=False)(f"{name}[{token!r}]", bias)
    return {str(k): v for k, v in value.items()}


#: The parameters every model-running call shares with chat, checked the same way everywhere.
SAMPLING_CHECKS: dict[str, Check] = {
    "model": string(),
    "models": string_list(min_items=1),
    "temperature": number(0, 2),
    "top_p": number(0, 1),
    "top_k": integer(0),
    "frequency_penalty": number(-2, 2),
    "presence_penalty": number(-2, 2),
    "stop": string_or_list(max_items=4),
    "provider": NULLABLE_OBJECT,
    "user": string(),
    "stream": boolean(nullable=False),
}


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


def build_payload(
    operation: str,
    checks: Mapping[str, Check],
    params: Mapping[str, Any],
    *,
    required: Sequence[str] = (),
) -> dict[str, Any]:
    """Validate keyword arguments against `checks` and return the JSON body.

    Options (`extra_headers`, `extra_query`, `extra_body`, `timeout`) are skipped; values that are
    `NOT_GIVEN` are left out; `None` is sent as JSON null where the parameter allows it.
    """
    payload: dict[str, Any] = {}
    for name, value in params.items():
        if name in OPTION_NAMES:
            continue
        check = checks.get(name)
        if check is None:
            raise TypeError(f"{operation}() got an unexpected keyword argument {name!r}")
        if isinstance(value, NotGiven):
            continue
        payload[name] = check(name, value)
    for name in required:
        if name not in payload:
            raise TypeError(f"{operation}() missing required argument: {name!r}")
    return payload
