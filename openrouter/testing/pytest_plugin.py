"""pytest fixtures for testing code that uses openrouter-py, offline (installed as a plugin).

    def test_my_summary(openrouter_client):
        assert "emulator" in summarise(openrouter_client, "some text")

    def test_retry_path(openrouter_fake, openrouter_client):
        openrouter_fake.fail_next(status=429, retry_after=0.01)
        ...

Fixtures: `openrouter_fake` (a fresh `FakeOpenRouter`), `openrouter_client` and
`openrouter_async_client` (clients wired to it, no retry sleeps), `openrouter_management_client`,
and `openrouter_cassette`, which records or replays a vcrpy cassette with our scrubbing settings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    # Installed as a plugin, this module loads in every pytest run: the client and the
    # emulator are imported only when a fixture is used.
    from .. import AsyncOpenRouter, OpenRouter, RetryPolicy
    from ._fake import FakeOpenRouter

__all__ = [
    "openrouter_async_client",
    "openrouter_cassette",
    "openrouter_client",
    "openrouter_fake",
    "openrouter_management_client",
]

BASE_URL = "https://openrouter.ai/api/v1"


def _fast_retries() -> RetryPolicy:
    from .. import RetryPolicy

    return RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.01, max_retry_after=0.05)


@pytest.fixture
def openrouter_fake() -> FakeOpenRouter:
    """A fresh in-process OpenRouter emulator."""
    from ._fake import FakeOpenRouter

    return FakeOpenRouter()


def _sync_client(fake: FakeOpenRouter, management: bool) -> Iterator[OpenRouter]:
    from .. import OpenRouter
    from .._http import default_stack
    from ._core import FAKE_API_KEY, FAKE_MANAGEMENT_KEY

    key = FAKE_MANAGEMENT_KEY if management else FAKE_API_KEY
    http = default_stack().Client(transport=fake)
    with OpenRouter(
        api_key=key, base_url=BASE_URL, http_client=http, retry_policy=_fast_retries()
    ) as client:
        yield client
    http.close()


@pytest.fixture
def openrouter_client(openrouter_fake: FakeOpenRouter) -> Iterator[OpenRouter]:
    """A client talking to `openrouter_fake` with an ordinary API key."""
    yield from _sync_client(openrouter_fake, management=False)


@pytest.fixture
def openrouter_management_client(openrouter_fake: FakeOpenRouter) -> Iterator[OpenRouter]:
    """A client talking to `openrouter_fake` with a management key."""
    yield from _sync_client(openrouter_fake, management=True)


@pytest.fixture
def openrouter_async_client(openrouter_fake: FakeOpenRouter) -> AsyncOpenRouter:
    """An async client talking to `openrouter_fake`, for `async def` tests.

    A plain fixture on purpose: it needs no event loop to build, so it works under
    pytest-asyncio's strict and auto modes and under anyio alike. The in-process transport
    holds no sockets, so there is nothing to close when the test ends.
    """
    from .. import AsyncOpenRouter
    from .._http import default_stack
    from ._core import FAKE_API_KEY

    http = default_stack().AsyncClient(transport=openrouter_fake)
    return AsyncOpenRouter(
        api_key=FAKE_API_KEY, base_url=BASE_URL, http_client=http, retry_policy=_fast_retries()
    )


@pytest.fixture
def openrouter_cassette(
    request: pytest.FixtureRequest,
) -> Callable[..., AbstractContextManager[Any]]:
    """`with openrouter_cassette("name", record_mode="none"):` replays `cassettes/name.yaml`.

    The folder is the test file's `cassettes/` sibling unless `directory=` says otherwise;
    recordings are scrubbed of keys and cookies (see `openrouter.testing.cassettes`). Whatever
    client the test uses is recorded: real httpx transports (the live API, the loopback
    emulator) and the in-process `FakeOpenRouter` alike; a client on any other transport raises
    `UnrecordableTransportError` at its first request instead of bypassing the cassette.
    Needs the `testing` extra (vcrpy and PyYAML).
    """
    try:
        import vcr  # type: ignore[import-untyped]  # vcrpy ships no type information

        from . import cassettes
    except ImportError as missing:
        pytest.fail(
            f"openrouter_cassette needs vcrpy and PyYAML ({missing.name} is missing): "
            "pip install 'openrouter-py[testing]'",
            pytrace=False,
        )

    def use(
        name: str, *, record_mode: str = "none", directory: str | Path | None = None, **extra: Any
    ) -> AbstractContextManager[Any]:
        folder = Path(directory) if directory else Path(request.path).parent / "cassettes"
        recorder = vcr.VCR(**{**cassettes.vcr_config(), **extra})
        recorder.register_serializer("openrouter-yaml", cassettes)
        return _recording(
            recorder.use_cassette(str(folder / f"{name}.yaml"), record_mode=record_mode)
        )

    return use


@contextmanager
def _recording(use_cassette: AbstractContextManager[Any]) -> Iterator[Any]:
    """vcrpy's cassette, which also records `FakeOpenRouter` and refuses unseen transports."""
    from ._recording import record_emulator

    with use_cassette as cassette, record_emulator(cassette):
        yield cassette
