"""Shared by the examples: the live API when OPENROUTER_API_KEY is set, else the emulator.

The emulator (`openrouter.testing.FakeOpenRouter`) answers like OpenRouter does, offline, so every
example runs anywhere. Nothing here is needed in your own code: `OpenRouter()` is enough there.
"""

from __future__ import annotations

import os
from typing import Any

import httpx

from openrouter import AsyncOpenRouter, OpenRouter

LIVE = bool(os.environ.get("OPENROUTER_API_KEY"))
MODEL = os.environ.get("OPENROUTER_MODEL", "openai/gpt-4o-mini")
_fake: Any = None


def _emulator() -> Any:
    global _fake
    if _fake is None:
        from openrouter.testing import FakeOpenRouter

        _fake = FakeOpenRouter(latency=0.01)  # models answer at their own (emulated) speed
    return _fake


def where() -> str:
    """Say which backend the examples talk to."""
    if LIVE:
        return "the live OpenRouter API (OPENROUTER_API_KEY is set)"
    return "the bundled emulator (set OPENROUTER_API_KEY to use the live API)"


def connect(*, management: bool = False, **options: Any) -> OpenRouter:
    """A sync client for the examples."""
    if LIVE:
        key = os.environ.get("OPENROUTER_MANAGEMENT_KEY") if management else None
        return OpenRouter(api_key=key, app_title="openrouter-py examples", **options)
    from openrouter.testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY

    return OpenRouter(
        api_key=FAKE_MANAGEMENT_KEY if management else FAKE_API_KEY,
        base_url="https://openrouter.ai/api/v1",
        http_client=httpx.Client(transport=_emulator()),
        **options,
    )


def connect_async(**options: Any) -> AsyncOpenRouter:
    """An async client for the examples."""
    if LIVE:
        return AsyncOpenRouter(app_title="openrouter-py examples", **options)
    from openrouter.testing import FAKE_API_KEY

    return AsyncOpenRouter(
        api_key=FAKE_API_KEY,
        base_url="https://openrouter.ai/api/v1",
        http_client=httpx.AsyncClient(transport=_emulator()),
        **options,
    )
