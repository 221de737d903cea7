"""The loopback server: the same emulator over real sockets, with real resets and flushed SSE."""

from __future__ import annotations

import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from socket import IPPROTO_TCP, SO_ERROR, SOL_SOCKET, TCP_NODELAY
from typing import Any

import httpx
import pytest

import openrouter
from openrouter.testing import (
    FAKE_API_KEY,
    FAKE_MANAGEMENT_KEY,
    FakeOpenRouter,
    make_server,
    run_server,
)
from openrouter.testing._server import check_loopback
from tests.fakes import FakeClock
from tests.test_emulator_support import AUTH, MANAGEMENT_AUTH, data_events

MODEL = "openai/gpt-4o-mini"
CHAT: dict[str, Any] = {
    "model": MODEL,
    "messages": [{"role": "user", "content": "Describe a lighthouse"}],
}


@pytest.fixture
def base_url(fake: FakeOpenRouter) -> Iterator[str]:
    with run_server(fake) as url:
        yield url


def test_the_client_talks_to_the_server(fake: FakeOpenRouter, base_url: str) -> None:
    assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/v1")
    with openrouter.OpenRouter(api_key=FAKE_API_KEY, base_url=base_url) as sdk:
        completion = sdk.chat.completions.create(**CHAT)
        assert "lighthouse" in completion.choices[0].message.content
        assert sdk.models.count().data.count > 0
        raw_response = sdk.chat.completions.with_raw_response.create(**CHAT)
        assert raw_response.headers["x-generation-id"] == raw_response.parse().id
    with openrouter.OpenRouter(api_key=FAKE_MANAGEMENT_KEY, base_url=base_url) as admin:
        assert admin.keys.list().data
    assert [r.operation_id for r in fake.requests] == [
        "create_chat_completion",
        "count_models",
        "create_chat_completion",
        "list_keys",
    ]


def test_raw_httpx_keep_alive_and_the_origin_route(base_url: str) -> None:
    origin = base_url.removesuffix("/api/v1")
    with httpx.Client(base_url=base_url, headers=AUTH) as http:
        first = http.get("/models/count")
        second = http.get("/providers")
        decision = http.post(f"{origin}/api/alpha/decisions", json={})
        missing = http.get("/nope")
    assert first.http_version == "HTTP/1.1" and first.headers["content-length"]
    assert second.status_code == decision.status_code == 200
    assert missing.status_code == 404 and missing.json()["error"]["code"] == 404


def test_a_streamed_chat_is_chunked_and_flushed(fake: FakeOpenRouter, base_url: str) -> None:
    fake.slow_chunks(delay=0.03)
    with (
        httpx.Client(base_url=base_url, headers=AUTH) as http,
        http.stream("POST", "/chat/completions", json={**CHAT, "stream": True}) as response,
    ):
        assert response.headers["transfer-encoding"] == "chunked"
        assert response.headers["content-type"] == "text/event-stream"
        started = time.monotonic()
        arrivals = []
        pieces = []
        for piece in response.iter_raw():
            arrivals.append(time.monotonic() - started)
            pieces.append(piece)
    text = b"".join(pieces).decode()
    assert text.startswith(": OPENROUTER PROCESSING\n\n") and text.endswith("data: [DONE]\n\n")
    events = data_events(text)
    assert events[-2]["choices"] == [] and events[-2]["usage"]["cost"] > 0
    assert len(arrivals) > 3 and arrivals[0] < arrivals[-1] - 0.05  # chunks arrive one by one


def test_a_reset_before_headers_closes_without_answering(
    fake: FakeOpenRouter, base_url: str
) -> None:
    fake.reset_before_headers_next()
    with httpx.Client(base_url=base_url, headers=AUTH) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/models")
        assert http.get("/models").status_code == 200  # a new connection works
    fake.reset_before_headers_next()
    with (
        openrouter.OpenRouter(api_key=FAKE_API_KEY, base_url=base_url, max_retries=0) as sdk,
        pytest.raises(openrouter.APIConnectionError),
    ):
        sdk.chat.completions.create(**CHAT)


def test_a_reset_mid_body_aborts_the_connection(fake: FakeOpenRouter, base_url: str) -> None:
    fake.reset_mid_body_next(after_bytes=40)
    received = bytearray()
    with httpx.Client(base_url=base_url, headers=AUTH) as http:
        with (
            pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)),
            http.stream("POST", "/chat/completions", json={**CHAT, "stream": True}) as response,
        ):
            for piece in response.iter_raw():
                received.extend(piece)
        assert http.get("/models/count").status_code == 200
    assert received.startswith(b": OPENROUTER PROCESSING") and len(received) <= 40
    fake.reset_mid_body_next(after_bytes=10)
    with (
        openrouter.OpenRouter(api_key=FAKE_API_KEY, base_url=base_url, clock=FakeClock()) as sdk,
        pytest.raises(openrouter.APIConnectionError),
    ):
        sdk.chat.completions.create(**CHAT)


def test_stream_faults_over_the_socket(fake: FakeOpenRouter, base_url: str) -> None:
    fake.stream_error_after(chunks=1, code=503, message="overloaded")
    fake.fail_next(status=429, retry_after=0.01, operation="count_models")
    with httpx.Client(base_url=base_url, headers=AUTH) as http:
        text = http.post("/chat/completions", json={**CHAT, "stream": True}).text
        limited = http.get("/models/count")
    last = data_events(text)[-1]
    assert last["error"]["code"] == 503 and last["choices"][0]["finish_reason"] == "error"
    assert limited.status_code == 429 and limited.headers["retry-after"] == "0.01"


async def test_the_async_client_over_the_socket(fake: FakeOpenRouter, base_url: str) -> None:
    fake.fail_next(status=502)
    async with openrouter.AsyncOpenRouter(
        api_key=FAKE_API_KEY, base_url=base_url, clock=FakeClock()
    ) as sdk:
        completion = await sdk.chat.completions.create(**CHAT)
    assert completion.usage.cost > 0 and len(fake.requests) == 2


def test_only_loopback_hosts_are_served() -> None:
    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.2"):
        check_loopback(host)
    for host in ("0.0.0.0", "192.168.1.10", "example.com", "::"):
        with pytest.raises(ValueError, match="loopback"):
            check_loopback(host)
    with pytest.raises(ValueError, match="loopback"), run_server(host="0.0.0.0"):
        pass


def test_ipv6_loopback(fake: FakeOpenRouter) -> None:
    with run_server(fake, host="::1") as url, httpx.Client(base_url=url, headers=AUTH) as http:
        assert url.startswith("http://[::1]:")
        assert http.get("/models/count").status_code == 200


def test_the_command_line_refuses_public_hosts_and_serves_loopback() -> None:
    refused = subprocess.run(
        [sys.executable, "-m", "openrouter.testing", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert refused.returncode == 2 and "loopback" in refused.stderr
    with command_line_server() as url:
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, headers=MANAGEMENT_AUTH) as http:
            assert http.get("/credits").json()["data"]["total_credits"] == 100.0


@contextmanager
def command_line_server(*options: str) -> Iterator[str]:
    """`python -m openrouter.testing --port 0 OPTIONS` in a child process; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "openrouter.testing", "--port", "0", *options],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    try:
        yield process.stderr.readline().rsplit(" ", 1)[-1].strip()
    finally:
        process.terminate()  # SIGTERM: SIGINT may be ignored when tests run in the background
        process.wait(timeout=10)
        process.stderr.close()
    assert process.returncode == 0


def test_a_burst_of_new_connections_fits_the_listen_backlog(fake: FakeOpenRouter) -> None:
    # Bound and listening but not accepting yet: only the backlog can complete these handshakes.
    server = make_server(fake)
    host, port = server.server_address[:2]
    pending = [socket.socket() for _ in range(150)]
    try:
        for connection in pending:
            connection.setblocking(False)
            connection.connect_ex((host, port))
        established: set[socket.socket] = set()
        deadline = time.monotonic() + 20  # a bound, not a measurement: SYNs beyond it are dropped
        while len(established) < len(pending) and time.monotonic() < deadline:
            _, writable, _ = select.select([], [c for c in pending if c not in established], [], 1)
            established.update(c for c in writable if not c.getsockopt(SOL_SOCKET, SO_ERROR))
        assert len(established) == len(pending)
    finally:
        for connection in pending:
            connection.close()
        server.server_close()


def test_answers_go_out_without_waiting_for_nagle(fake: FakeOpenRouter) -> None:
    server = make_server(fake)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        with httpx.Client(base_url=server.base_url, headers=AUTH) as http:
            assert http.get("/models/count").status_code == 200
            accepted = list(server._open)  # the server's side of the kept-alive connection
            assert accepted
            assert all(c.getsockopt(IPPROTO_TCP, TCP_NODELAY) for c in accepted)
    finally:
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join()


def test_the_command_line_can_accept_any_key() -> None:
    with (
        command_line_server("--accept-any-key") as url,
        openrouter.OpenRouter(api_key="sk-or-v1-anything", base_url=url) as sdk,
    ):
        assert sdk.models.count().data.count > 0
