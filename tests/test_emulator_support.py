"""Helpers shared by the emulator tests (no tests here): clients, spec validation, SSE parsing."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import httpx
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from openrouter import AsyncOpenRouter, OpenRouter
from openrouter.testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, FakeOpenRouter
from tests.fakes import FakeClock
from tests.spec import spec

BASE = "https://openrouter.ai/api/v1"
AUTH = {"Authorization": f"Bearer {FAKE_API_KEY}"}
MANAGEMENT_AUTH = {"Authorization": f"Bearer {FAKE_MANAGEMENT_KEY}"}


def dec(value: Any) -> Decimal:
    """An exact Decimal of an API number (a float's shortest repr, or a Decimal as is)."""
    return value if isinstance(value, Decimal) else Decimal(repr(value))


def client(fake: FakeOpenRouter, key: str = FAKE_API_KEY, **options: Any) -> OpenRouter:
    """The real sync client over the emulator (fake clock: retries do not sleep)."""
    options.setdefault("clock", FakeClock())
    return OpenRouter(
        api_key=key, base_url=BASE, http_client=httpx.Client(transport=fake), **options
    )


@contextmanager
def raw(fake: FakeOpenRouter) -> Iterator[httpx.Client]:
    """A plain httpx client over the emulator."""
    with httpx.Client(transport=fake, base_url=BASE) as http:
        yield http


def async_client(
    fake: FakeOpenRouter, http: httpx.AsyncClient, key: str = FAKE_API_KEY, **options: Any
) -> AsyncOpenRouter:
    """The real async client over the emulator, on an `httpx.AsyncClient` the caller closes."""
    options.setdefault("clock", FakeClock())
    return AsyncOpenRouter(api_key=key, base_url=BASE, http_client=http, **options)


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    root = {"$ref": f"#/components/schemas/{name}", "components": spec()["components"]}
    return Draft202012Validator(root)


def assert_valid(name: str, instance: Any) -> None:
    """Fail with every schema violation when `instance` does not fit components/schemas/name."""
    errors = sorted(_validator(name).iter_errors(instance), key=lambda e: list(e.path))
    details = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]]
    assert not errors, f"{name} does not validate:\n" + "\n".join(details)


def sse(text: str) -> list[tuple[str | None, str]]:
    """Events of an SSE body as (event name, data); comments become ("comment", text)."""
    events: list[tuple[str | None, str]] = []
    for block in text.split("\n\n"):
        if not block:
            continue
        name: str | None = None
        data: list[str] = []
        for line in block.split("\n"):
            if line.startswith(":"):
                events.append(("comment", line[1:].strip()))
            elif line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        if data:
            events.append((name, "\n".join(data)))
    return events


def data_events(text: str) -> list[Any]:
    """The JSON data of an SSE body, `[DONE]` kept as the string."""
    out: list[Any] = []
    for name, data in sse(text):
        if name == "comment":
            continue
        out.append(data if data == "[DONE]" else json.loads(data))
    return out
