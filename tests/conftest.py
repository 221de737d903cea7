"""Shared fixtures: run a scenario through the sync client and the async client alike."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from openrouter import AsyncOpenRouter, OpenRouter
from openrouter.testing import FakeOpenRouter
from tests.fakes import FakeClock, Script
from tests.wheel import InstalledWheel, build_and_install

KEY = "sk-or-v1-0123456789abcdef0123456789abcdef"


class Twin:
    """Builds a client of one flavour over a script, and calls it the same way for both."""

    def __init__(self, flavour: str) -> None:
        self.flavour = flavour

    def client(self, script: Script, **options: Any) -> Any:
        """A client of this flavour (typed Any: the same test code drives both kinds)."""
        options.setdefault("api_key", KEY)
        options.setdefault("clock", FakeClock())
        if self.flavour == "sync":
            return OpenRouter(http_client=script.sync_client(), **options)
        return AsyncOpenRouter(http_client=script.async_client(), **options)

    def call(self, client: OpenRouter | AsyncOpenRouter, fn: Callable[[Any], Any]) -> Any:
        """Run `fn(client)`; await the result on the async client."""
        result = fn(client)
        if self.flavour == "async":
            return asyncio.run(_await(result))
        return result


async def _await(value: Any) -> Any:
    return await value


@pytest.fixture(params=["sync", "async"])
def twin(request: pytest.FixtureRequest) -> Twin:
    return Twin(request.param)


@pytest.fixture
def fake() -> FakeOpenRouter:
    """A fresh in-process emulator."""
    return FakeOpenRouter()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """The URL of a redis-server started for this test session (fails loudly without one)."""
    from tests.redis_server import INSTALL_HINT, running_redis

    if shutil.which("redis-server") is None:
        pytest.fail(INSTALL_HINT, pytrace=False)
    with running_redis() as url:
        yield url


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> InstalledWheel:
    """The wheel, built once per session and installed outside the source tree."""
    return build_and_install(tmp_path_factory.mktemp("wheel"))
