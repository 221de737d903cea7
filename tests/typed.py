"""Narrowing for tests that read response fields the API (and the emulator) always send.

The response models type fields the API may omit as `X | None`; `present` asserts the field came
and gives it its plain type, so tests type-check under `mypy --strict`.
"""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    """`value`, which must not be None."""
    assert value is not None, "the field is missing"
    return value


def partial(error: BaseException) -> dict[str, Any]:
    """The partial result a stream error carries (a dict shaped like the whole response)."""
    value = getattr(error, "partial", None)
    assert isinstance(value, dict), f"{type(error).__name__} carries no partial result"
    return value
