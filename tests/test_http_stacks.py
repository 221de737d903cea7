"""The client runs on httpx or on httpx2 (httpx's successor, same API), whichever it is given.

Without `http_client` it picks httpx2 when installed, else httpx; `OPENROUTER_HTTP_STACK` forces
one. Everything else in the suite runs on the default stack, and `make test` runs the
transport-level tests a second time on httpx; these tests pin down the choice itself and what
must hold on either stack whatever the default is.
"""

from __future__ import annotations

import asyncio
import pickle
import subprocess
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import httpx2
import pytest

import openrouter
from openrouter import AsyncOpenRouter, OpenRouter
from openrouter.params import ChatMessage
from openrouter.testing import FAKE_API_KEY, FakeOpenRouter, run_server

STACKS = [httpx, httpx2]
BASE = "https://openrouter.ai/api/v1"
HELLO: list[ChatMessage] = [{"role": "user", "content": "hello"}]


@pytest.fixture(params=STACKS, ids=lambda stack: stack.__name__)
def stack(request: pytest.FixtureRequest) -> ModuleType:
    module: ModuleType = request.param
    return module


def on(stack: ModuleType, fake: FakeOpenRouter, **options: Any) -> OpenRouter:
    http = stack.Client(transport=fake)
    return OpenRouter(api_key=FAKE_API_KEY, base_url=BASE, http_client=http, **options)


def on_async(stack: ModuleType, fake: FakeOpenRouter, **options: Any) -> AsyncOpenRouter:
    http = stack.AsyncClient(transport=fake)
    return AsyncOpenRouter(api_key=FAKE_API_KEY, base_url=BASE, http_client=http, **options)


# --- choosing the stack --------------------------------------------------------------------


def test_without_http_client_the_client_runs_on_httpx2_when_it_is_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPENROUTER_HTTP_STACK", raising=False)
    with OpenRouter(api_key="k") as client:
        assert isinstance(client.base_url, httpx2.URL)
    assert isinstance(AsyncOpenRouter(api_key="k").base_url, httpx2.URL)


@pytest.mark.parametrize("forced", STACKS, ids=lambda stack: stack.__name__)
def test_the_environment_variable_forces_either_stack(
    monkeypatch: pytest.MonkeyPatch, forced: ModuleType
) -> None:
    monkeypatch.setenv("OPENROUTER_HTTP_STACK", forced.__name__)
    fake = FakeOpenRouter()
    with run_server(fake) as url, OpenRouter(api_key=FAKE_API_KEY, base_url=url) as client:
        assert type(client.base_url) is forced.URL
        assert client.chat.completions.create(model="openai/gpt-4o-mini", messages=HELLO).choices
    user_agent = fake.requests[-1].headers["user-agent"]
    assert f" {forced.__name__}/{forced.__version__}" in user_agent


@pytest.mark.parametrize(("forced", "kept"), [(httpx2, 100), (httpx, 20)], ids=["httpx2", "httpx"])
def test_the_clients_own_pool_keeps_more_connections_only_on_httpx2(
    monkeypatch: pytest.MonkeyPatch, forced: ModuleType, kept: int
) -> None:
    # httpcore 1.x (under httpx) slows down with many connections in use; httpx2's pool does not
    # (see `default_limits`). Read from the pool of the HTTP client the library builds.
    monkeypatch.setenv("OPENROUTER_HTTP_STACK", forced.__name__)
    for client in (OpenRouter(api_key="k"), AsyncOpenRouter(api_key="k")):
        pool = client._http._transport._pool
        assert (pool._max_keepalive_connections, pool._max_connections) == (kept, 1000)


def test_an_unknown_stack_in_the_environment_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENROUTER_HTTP_STACK", "requests")
    with pytest.raises(ValueError, match="OPENROUTER_HTTP_STACK must be 'httpx' or 'httpx2'"):
        OpenRouter(api_key="k")


def test_a_given_http_client_decides_the_stack_whatever_the_environment(
    monkeypatch: pytest.MonkeyPatch, stack: ModuleType
) -> None:
    other = httpx if stack is httpx2 else httpx2
    monkeypatch.setenv("OPENROUTER_HTTP_STACK", other.__name__)
    fake = FakeOpenRouter()
    with on(stack, fake) as client:
        assert type(client.base_url) is stack.URL
        assert client.chat.completions.create(model="openai/gpt-4o-mini", messages=HELLO).choices


@pytest.mark.parametrize(
    ("make", "given"),
    [
        (OpenRouter, httpx.AsyncClient),
        (OpenRouter, httpx2.AsyncClient),
        (AsyncOpenRouter, httpx.Client),
        (AsyncOpenRouter, httpx2.Client),
        (OpenRouter, lambda: object()),
    ],
)
def test_a_client_of_the_wrong_kind_is_refused_naming_http_client(make: Any, given: Any) -> None:
    with pytest.raises(TypeError, match="http_client must be an httpx"):
        make(api_key="k", http_client=given())


def test_import_openrouter_imports_no_http_stack() -> None:
    probe = "import sys, openrouter\nprint(sorted(m for m in sys.modules if m.startswith('httpx')))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


# --- the same behaviour on both -------------------------------------------------------------


def test_a_chat_call_sync_and_async(stack: ModuleType) -> None:
    fake = FakeOpenRouter()
    with on(stack, fake) as client:
        assert client.chat.completions.create(model="openai/gpt-4o-mini", messages=HELLO).choices

    async def main() -> None:
        async with on_async(stack, fake) as aclient:
            result = await aclient.chat.completions.create(
                model="openai/gpt-4o-mini", messages=HELLO
            )
            assert result.choices

    asyncio.run(main())
    assert len(fake.requests) == 2


def test_timeouts_of_either_stack_reach_the_request(stack: ModuleType) -> None:
    fake = FakeOpenRouter()
    seen: list[dict[str, Any]] = []

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return fake.handle_request(request)

    http = stack.Client(transport=stack.MockTransport(spy))
    timeout = stack.Timeout(7.0, connect=2.0)
    with OpenRouter(api_key=FAKE_API_KEY, base_url=BASE, http_client=http, timeout=timeout) as c:
        c.models.count()
        c.with_options(timeout=stack.Timeout(3.0)).models.count()
    assert seen[0] == {"connect": 2.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert seen[1] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


def test_a_reset_before_headers_is_retried_then_a_typed_connection_error(
    stack: ModuleType,
) -> None:
    fake = FakeOpenRouter()
    fake.reset_before_headers_next(times=None)
    policy = openrouter.RetryPolicy(max_retries=1, initial_delay=0.0, max_delay=0.0)
    client = on(stack, fake, retry_policy=policy)
    with pytest.raises(openrouter.APIConnectionError, match="RemoteProtocolError"):
        client.models.count()
    client.close()
    assert len(fake.requests) == 2  # nothing was generated: the retry is safe


def test_a_stream_broken_mid_body_raises_with_the_partial(stack: ModuleType) -> None:
    fake = FakeOpenRouter()
    fake.reset_mid_body_next(after_bytes=900)
    received = []
    with on(stack, fake) as client, pytest.raises(openrouter.IncompleteStreamError) as caught:
        chat = client.chat.completions
        for chunk in chat.create(model="openai/gpt-4o-mini", messages=HELLO, stream=True):
            received.append(chunk)
    assert received
    assert caught.value.partial is not None
    assert len(fake.requests) == 1  # never re-sent after output


def test_status_errors_pickle_with_their_response_on_the_same_stack(stack: ModuleType) -> None:
    fake = FakeOpenRouter()
    fake.fail_next(status=400, times=1)
    with on(stack, fake) as client, pytest.raises(openrouter.BadRequestError) as caught:
        client.models.count()
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy.response) is stack.Response
    assert copy.response.status_code == 400
    assert FAKE_API_KEY not in repr(vars(copy))
    assert "authorization" not in {name.lower() for name in copy.response.request.headers}


@pytest.fixture
def server() -> Iterator[str]:
    with run_server() as url:
        yield url


def test_a_real_socket_on_either_stack(stack: ModuleType, server: str) -> None:
    http = stack.Client()
    with http, OpenRouter(api_key=FAKE_API_KEY, base_url=server, http_client=http) as client:
        chat = client.chat.completions
        with chat.create(model="openai/gpt-4o-mini", messages=HELLO, stream=True) as stream:
            assert list(stream)
        assert stream.get_final_completion().choices
        assert client.chat.completions.create(model="openai/gpt-4o-mini", messages=HELLO).choices
