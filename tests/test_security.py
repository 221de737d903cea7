"""The key stays secret: refused header values, masked errors and logs, safe pickles.

A loopback server plays a hostile (or careless) upstream: it echoes the Authorization header it
received into the error body, the error message and a response header, and adds a foreign key.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import pickle
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest
import vcr  # type: ignore[import-untyped]

import openrouter
from openrouter.params import ChatMessage
from openrouter.testing import cassettes
from tests.fakes import FakeClock
from tests.loopback import running

#: Shaped like an OpenRouter key: masked by shape and by value.
KEY = "sk-or-v1-" + "5ec2e7" * 10
#: A gateway secret with no recognisable shape: only masking by value can hide it.
PLAIN_KEY = "corp-gateway-secret-3f9c2a7b1e"
#: A key that was never configured here, sent back by the upstream: masked by shape.
FOREIGN = "sk-or-v1-" + "f00d" * 16
SECRETS = (KEY, PLAIN_KEY, FOREIGN, KEY[9:], PLAIN_KEY[5:])
MESSAGES: list[ChatMessage] = [{"role": "user", "content": "hi"}]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    statuses: list[int]
    received: list[dict[str, str]]
    pause = 0.05  # seconds between the parts of a stream


class _EchoHandler(BaseHTTPRequestHandler):
    """Answers each request with the next scripted status, echoing the credentials it got."""

    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        received = self.server.received
        received.append(dict(self.headers))
        statuses = self.server.statuses
        status = statuses[min(len(received), len(statuses)) - 1]
        auth = self.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ")
        headers = {"X-Echo-Authorization": auth, "X-Foreign": f"Bearer {FOREIGN}"}
        if status == 200:
            parts = _stream_echoing(token)
            body = b"".join(parts)
            headers["Content-Type"] = "text/event-stream"
        else:
            error = {
                "code": status,
                "message": f"key {token} rejected (also tried {FOREIGN})",
                "metadata": {"echo": auth, "raw": token},
            }
            body = json.dumps({"error": error}).encode()
            headers["Content-Type"] = "application/json"
        if 300 <= status < 400:
            headers["Location"] = "https://elsewhere.example/api/v1/chat/completions"
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 200:
            self.wfile.write(body)
            return
        for part in parts:  # content first, the error in a later read
            self.wfile.write(part)
            self.wfile.flush()
            time.sleep(self.server.pause)


def _stream_echoing(token: str) -> list[bytes]:
    chunk = {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m/x",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hel"}}],
    }
    error = {"id": "gen-1", "error": {"code": 502, "message": f"upstream saw key {token}"}}
    return [f"data: {json.dumps(event)}\n\n".encode() for event in (chunk, error)]


def echo_server(*statuses: int) -> AbstractContextManager[_Server]:
    """A loopback server on 127.0.0.1 answering with `statuses` in turn (the last one repeats)."""
    server = _Server(("127.0.0.1", 0), _EchoHandler)
    server.statuses, server.received = list(statuses), []
    return running(server)


def url(server: _Server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/api/v1"


def sync_call(server: _Server, api_key: str = KEY, max_retries: int = 0, **options: Any) -> Any:
    """One chat call through a fresh client (a stream is read to its end)."""
    with openrouter.OpenRouter(
        api_key=api_key, base_url=url(server), max_retries=max_retries, clock=FakeClock()
    ) as client:
        result = client.chat.completions.create(model="m/x", messages=MESSAGES, **options)
        if options.get("stream"):
            with result:
                list(result)
        return result


def async_call(server: _Server, api_key: str = KEY, max_retries: int = 0, **options: Any) -> Any:
    """The async twin of `sync_call`."""

    async def call() -> Any:
        async with openrouter.AsyncOpenRouter(
            api_key=api_key, base_url=url(server), max_retries=max_retries, clock=FakeClock()
        ) as client:
            result = await client.chat.completions.create(model="m/x", messages=MESSAGES, **options)
            if options.get("stream"):
                async with result:
                    async for _ in result:
                        pass
            return result

    return asyncio.run(call())


CALLS = pytest.mark.parametrize("call", [sync_call, async_call], ids=["sync", "async"])
CLIENTS = pytest.mark.parametrize(
    "client_class", [openrouter.OpenRouter, openrouter.AsyncOpenRouter], ids=["sync", "async"]
)


def assert_no_secret(text: str) -> None:
    leaked = [secret for secret in SECRETS if secret in text]
    assert leaked == [], f"leaked {len(leaked)} secret(s) into: {text[:300]!r}"


# -- control characters are refused before anything is sent ---------------------------------

INJECTED = "\r\nX-Injected: 1"
BAD_SETTINGS = [
    ("api_key", {"api_key": KEY + INJECTED}),
    ("api_key", {"api_key": KEY[:20] + "\x00" + KEY[20:]}),
    ("app_title", {"app_title": "My app" + INJECTED}),
    ("app_url", {"app_url": "https://example.com/\n"}),
    ("app_categories", {"app_categories": ["cli-agent\n"]}),
    ("default_headers", {"default_headers": {"X-Tenant": "t1" + INJECTED}}),
    ("default_headers", {"default_headers": {"X-Tenant": "t1\x7f"}}),
]


@CLIENTS
@pytest.mark.parametrize(("parameter", "settings"), BAD_SETTINGS)
def test_a_control_character_in_a_setting_is_refused_naming_the_parameter_only(
    client_class: type[Any], parameter: str, settings: dict[str, Any]
) -> None:
    settings = {"api_key": KEY, **settings}
    with pytest.raises(ValueError, match=f"^{parameter}") as caught:
        client_class(base_url="http://127.0.0.1:9/api/v1", **settings)
    assert "control character" in str(caught.value)
    assert_no_secret(str(caught.value))
    assert "t1" not in str(caught.value) and "My app" not in str(caught.value)


def test_a_key_from_the_environment_is_checked_under_its_variable_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY + INJECTED)
    with pytest.raises(ValueError, match=r"^OPENROUTER_API_KEY contains a control character"):
        openrouter.OpenRouter()


def test_a_trailing_newline_in_the_key_is_still_trimmed() -> None:
    assert openrouter.OpenRouter(api_key=KEY + "\n")._config.api_key == KEY


@CLIENTS
def test_with_options_checks_the_key_and_headers_it_is_given(client_class: type[Any]) -> None:
    client = client_class(api_key=KEY)
    with pytest.raises(ValueError, match=r"^api_key contains a control character") as caught:
        client.with_options(api_key=KEY + INJECTED)
    assert_no_secret(str(caught.value))
    with pytest.raises(ValueError, match=r"^extra_headers\['X-Tenant'\] contains a control"):
        client.with_options(extra_headers={"X-Tenant": PLAIN_KEY + "\n"})


@CALLS
def test_a_control_character_in_per_call_extra_headers_sends_nothing(
    call: Callable[..., Any],
) -> None:
    with echo_server(200) as server:
        with pytest.raises(ValueError, match=r"^extra_headers\['X-Trace'\] contains") as caught:
            call(server, extra_headers={"X-Trace": PLAIN_KEY + INJECTED})
        assert server.received == []
    assert_no_secret(str(caught.value))


@CLIENTS
def test_a_non_ascii_header_value_is_refused_up_front(client_class: type[Any]) -> None:
    with pytest.raises(ValueError, match=r"^app_title contains a non-ASCII character"):
        client_class(api_key=KEY, app_title="Café")


# -- an echoed key is masked in every text an error produces ---------------------------------


def error_texts(error: BaseException) -> str:
    """Everything a user may print or log about an error: str, repr, traceback and data."""
    assert isinstance(error, openrouter.OpenRouterError)
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for name in ("message", "body", "metadata", "code"):
        parts.append(repr(getattr(error, name, None)))
    return "\n".join(parts)


@CALLS
@pytest.mark.parametrize("api_key", [KEY, PLAIN_KEY], ids=["key-shaped", "plain"])
@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, openrouter.BadRequestError),
        (401, openrouter.AuthenticationError),
        (500, openrouter.InternalServerError),
    ],
)
def test_a_key_echoed_in_an_error_body_never_shows_in_the_error(
    call: Callable[..., Any], api_key: str, status: int, error_class: type[Exception]
) -> None:
    with echo_server(status) as server, pytest.raises(error_class) as caught:
        call(server, api_key=api_key)
    assert server.received[0]["Authorization"] == f"Bearer {api_key}"  # it really was echoed
    texts = error_texts(caught.value)
    assert "[REDACTED]" in str(caught.value)
    assert_no_secret(texts)


@CALLS
def test_the_retry_log_line_and_the_final_error_are_masked(
    call: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("OPENROUTER_LOG_BODIES", "1")
    with (
        caplog.at_level(logging.DEBUG, logger="openrouter"),
        echo_server(500, 500) as server,
        pytest.raises(openrouter.InternalServerError) as caught,
    ):
        call(server, api_key=PLAIN_KEY, max_retries=1)
    assert len(server.received) == 2
    assert "retrying create_chat_completion after" in caplog.text
    assert_no_secret(caplog.text)
    assert_no_secret(error_texts(caught.value))


@CALLS
def test_a_key_echoed_in_a_stream_error_event_is_masked(call: Callable[..., Any]) -> None:
    with echo_server(200) as server, pytest.raises(openrouter.StreamError) as caught:
        call(server, api_key=PLAIN_KEY, stream=True)
    assert "upstream saw key [REDACTED]" in str(caught.value)
    assert_no_secret(error_texts(caught.value))


def test_keys_are_masked_only_while_a_client_holds_them() -> None:
    secret = "short-lived-secret-1234567"
    client = openrouter.OpenRouter(api_key=secret)
    assert secret not in str(openrouter.OpenRouterError(f"echo {secret}"))
    del client
    gc.collect()
    assert secret in str(openrouter.OpenRouterError(f"echo {secret}"))


@pytest.mark.parametrize("api_key", [KEY, PLAIN_KEY], ids=["key-shaped", "plain"])
def test_a_recorded_cassette_holds_no_echoed_key(api_key: str, tmp_path: Path) -> None:
    recording = vcr.VCR(**cassettes.vcr_config())
    recording.register_serializer("openrouter-yaml", cassettes)
    path = tmp_path / "echo.yaml"
    with (
        echo_server(401) as server,
        recording.use_cassette(str(path), record_mode="all"),
        pytest.raises(openrouter.AuthenticationError),
    ):
        sync_call(server, api_key=api_key)
    text = path.read_text()
    assert "x-echo-authorization" in text.lower() and "REDACTED" in text
    assert_no_secret(text)
    assert cassettes.find_key_shaped(text) == []


# -- errors cross process boundaries, without the key ----------------------------------------


def fail_in_worker(base: str, api_key: str) -> None:
    """Runs in a worker process: a call that the server answers with 401."""
    with openrouter.OpenRouter(api_key=api_key, base_url=base, max_retries=0) as client:
        client.chat.completions.create(model="m/x", messages=MESSAGES)


def test_a_401_raised_in_a_process_pool_worker_reaches_the_parent_intact() -> None:
    with (
        echo_server(401) as server,
        ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool,
    ):
        future = pool.submit(fail_in_worker, url(server), PLAIN_KEY)
        with pytest.raises(openrouter.AuthenticationError) as caught:
            future.result(timeout=60)
    error = caught.value
    assert (error.status_code, error.code) == (401, 401)
    assert error.message == "Error code: 401 - key [REDACTED] rejected (also tried [REDACTED])"
    assert error.metadata == {"echo": "Bearer [REDACTED]", "raw": "[REDACTED]"}
    assert error.body["error"]["metadata"] == error.metadata
    assert error.response.status_code == 401
    assert error.response.headers["x-echo-authorization"].endswith("[REDACTED]")
    assert_no_secret(error_texts(error))


@CALLS
def test_a_pickled_error_keeps_its_data_and_drops_the_key(call: Callable[..., Any]) -> None:
    with echo_server(429) as server, pytest.raises(openrouter.RateLimitError) as caught:
        call(server, api_key=PLAIN_KEY)
    error = caught.value
    data = pickle.dumps(error)
    for secret in SECRETS:
        assert secret.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is openrouter.RateLimitError
    assert str(copy) == str(error)
    for name in ("status_code", "code", "message", "metadata", "body", "request_id"):
        assert getattr(copy, name) == getattr(error, name)
    assert copy.response.status_code == 429
    assert copy.response.json() == error.body
    assert copy.retry_after is None
    assert copy.request is not None and error.request is not None
    assert copy.request.url == error.request.url
    assert "authorization" not in copy.request.headers


# -- these need the request pipeline to call the hooks above (see the commit message) --------


def list_models(client_class: type[Any], server: _Server, **options: Any) -> Any:
    """`models.list` (a generated operation) through a fresh client of `client_class`."""
    if client_class is openrouter.OpenRouter:
        with openrouter.OpenRouter(api_key=KEY, base_url=url(server), max_retries=0) as client:
            return client.models.list(**options)

    async def call() -> Any:
        async with openrouter.AsyncOpenRouter(
            api_key=KEY, base_url=url(server), max_retries=0
        ) as client:
            return await client.models.list(**options)

    return asyncio.run(call())


@CLIENTS
def test_a_control_character_in_extra_headers_of_any_operation_sends_nothing(
    client_class: type[Any],
) -> None:
    with echo_server(200) as server:
        with pytest.raises(ValueError, match=r"^extra_headers\['X-Trace'\] contains") as caught:
            list_models(client_class, server, extra_headers={"X-Trace": PLAIN_KEY + INJECTED})
        assert server.received == []
    assert_no_secret(str(caught.value))


@CALLS
def test_a_stream_timeout_carries_what_arrived_before_it(call: Callable[..., Any]) -> None:
    with echo_server(200) as server, pytest.raises(openrouter.IdleTimeoutError) as caught:
        server.pause = 1.0  # the content chunk, then silence
        call(server, stream=True, idle_timeout=0.2)
    partial = caught.value.partial
    assert isinstance(partial, dict)
    assert partial["choices"][0]["message"]["content"] == "Hel"


# -- credentials inside answers and request bodies: never in a repr ----------------------------
def test_a_created_key_is_readable_but_never_shown_in_a_repr() -> None:
    from openrouter.testing import FAKE_MANAGEMENT_KEY, FakeOpenRouter
    from openrouter.types import CreateApiKeyRequest
    from tests.test_emulator_support import client

    admin = client(FakeOpenRouter(), FAKE_MANAGEMENT_KEY)
    created = admin.keys.create(body=CreateApiKeyRequest(name="ci"))
    assert created.key.startswith("sk-or-v1-")  # the attribute holds the secret ...
    for text in (repr(created), str(created), repr([created]), f"{created!r}"):
        assert created.key not in text  # ... no printout of the object does
        assert "[REDACTED]" in text
    assert created.to_dict()["key"] == created.key  # serialising on purpose keeps it


def test_credentials_in_models_are_masked_by_field_name_and_by_shape() -> None:
    from openrouter_api.models import (
        CreateByokKeyRequest,
        ExchangeAuthCodeResponse,
        OAuthTokenResponse,
        ObservabilityS3Config,
    )

    jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3b3JrbG9hZCJ9.c2lnbmF0dXJl"
    cases = {
        "sk-or-v1-" + "ab" * 32: ExchangeAuthCodeResponse.from_dict(
            {"key": "sk-or-v1-" + "ab" * 32, "user_id": "u1"}
        ),
        jwt: OAuthTokenResponse.from_dict({"access_token": jwt, "token_type": "Bearer"}),
        "sk-ant-provider-secret": CreateByokKeyRequest(
            provider="anthropic", key="sk-ant-provider-secret"
        ),
        "wJalrXUtnFEMI/K7MDENG": ObservabilityS3Config.from_dict(
            {"bucket": "logs", "secretAccessKey": "wJalrXUtnFEMI/K7MDENG", "sessionToken": "t0k"}
        ),
    }
    for secret, model in cases.items():
        assert secret not in repr(model), type(model).__name__
    assert "t0k" not in repr(cases["wJalrXUtnFEMI/K7MDENG"])
