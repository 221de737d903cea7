"""`openrouter.oauth`: the PKCE verifier and challenge, the sign-in URL, and the code exchange."""

from __future__ import annotations

import json
import logging
import string
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import openrouter
from openrouter import AsyncOpenRouter, OpenRouter, oauth
from openrouter.testing import FakeOpenRouter
from tests.conftest import KEY
from tests.fakes import Script
from tests.rawserver import json_response, raw_server

# RFC 7636 appendix B
RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
EMULATOR_KEY = "sk-or-v1-EXAMPLE-0000-0000-0000-000000000000"  # the spec's example answer
CODE = "auth-code-4f1c9a07e2"
CALLBACK = "http://localhost:3000/callback"


@pytest.fixture
def no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)


@pytest.fixture
def client(fake: FakeOpenRouter, no_env_key: None) -> Iterator[OpenRouter]:
    """A client with no API key at all: the exchange needs none."""
    with OpenRouter(http_client=httpx.Client(transport=fake)) as sync_client:
        yield sync_client


# -- verifier and challenge ------------------------------------------------------------------------


def test_the_challenge_matches_the_rfc_7636_test_vector() -> None:
    assert oauth.code_challenge(RFC_VERIFIER) == RFC_CHALLENGE
    assert oauth.code_challenge(RFC_VERIFIER, "S256") == RFC_CHALLENGE
    assert oauth.code_challenge(RFC_VERIFIER, "plain") == RFC_VERIFIER


@pytest.mark.parametrize("length", [43, 64, 100, 128])
def test_verifiers_have_the_asked_length_and_only_unreserved_characters(length: int) -> None:
    verifier = oauth.create_verifier(length)
    assert len(verifier) == length
    assert set(verifier) <= set(string.ascii_letters + string.digits + "-._~")
    assert len(oauth.code_challenge(verifier)) == 43


def test_verifiers_are_fresh_and_64_characters_by_default() -> None:
    verifiers = {oauth.create_verifier() for _ in range(50)}
    assert len(verifiers) == 50
    assert {len(v) for v in verifiers} == {64}


@pytest.mark.parametrize(
    ("length", "error"), [(42, ValueError), (129, ValueError), (64.0, TypeError), (True, TypeError)]
)
def test_verifier_length_is_checked(length: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="length"):
        oauth.create_verifier(length)


@pytest.mark.parametrize(
    ("verifier", "error", "words"),
    [
        ("a" * 42, ValueError, "43 to 128"),
        ("a" * 129, ValueError, "43 to 128"),
        ("a" * 42 + "+", ValueError, "letters, digits"),
        ("a" * 42 + "é", ValueError, "letters, digits"),
        (b"a" * 43, TypeError, "must be a str"),
    ],
)
def test_bad_verifiers_are_refused_without_quoting_them(
    verifier: Any, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words) as caught:
        oauth.code_challenge(verifier)
    assert "verifier" in str(caught.value)
    assert "aaaa" not in str(caught.value)


def test_an_unknown_challenge_method_is_refused() -> None:
    with pytest.raises(ValueError, match="method must be 'S256' or 'plain'"):
        oauth.code_challenge(RFC_VERIFIER, "sha256")  # type: ignore[arg-type]


# -- the sign-in URL -------------------------------------------------------------------------------


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, strict_parsing=True)


def test_the_authorization_url_is_openrouters_auth_page_with_the_three_parameters() -> None:
    url = oauth.authorization_url(CALLBACK, code_challenge=RFC_CHALLENGE)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "openrouter.ai", "/auth")
    assert _query(url) == {
        "callback_url": [CALLBACK],
        "code_challenge": [RFC_CHALLENGE],
        "code_challenge_method": ["S256"],
    }


def test_a_callback_with_its_own_query_survives_and_the_site_can_be_another() -> None:
    callback = "https://app.example/cb?tenant=42&next=/home"
    url = oauth.authorization_url(
        callback,
        code_challenge=RFC_VERIFIER,
        code_challenge_method="plain",
        base_url="https://eu.openrouter.ai/",
    )
    assert url.startswith("https://eu.openrouter.ai/auth?")
    assert _query(url) == {
        "callback_url": [callback],
        "code_challenge": [RFC_VERIFIER],
        "code_challenge_method": ["plain"],
    }


@pytest.mark.parametrize(
    ("arguments", "error", "words"),
    [
        ({"callback_url": "localhost:3000/cb"}, ValueError, "callback_url must be an absolute"),
        ({"callback_url": "ftp://host/cb"}, ValueError, "callback_url must be an absolute"),
        ({"callback_url": "http://localhost/cb#x"}, ValueError, "callback_url must not have"),
        ({"callback_url": None}, TypeError, "callback_url must be a str"),
        ({"code_challenge": RFC_VERIFIER + "x"}, ValueError, "not the verifier"),
        ({"code_challenge": RFC_CHALLENGE[:-1] + "="}, ValueError, "code_challenge must be"),
        ({"code_challenge": None}, TypeError, "code_challenge must be a str"),
        ({"code_challenge_method": "S512"}, ValueError, "code_challenge_method must be"),
        ({"code_challenge_method": "plain", "code_challenge": "short"}, ValueError, "43 to 128"),
        ({"base_url": "openrouter.ai"}, ValueError, "base_url must be an absolute"),
    ],
)
def test_bad_url_arguments_name_the_parameter(
    arguments: dict[str, Any], error: type[Exception], words: str
) -> None:
    call: dict[str, Any] = {"callback_url": CALLBACK, "code_challenge": RFC_CHALLENGE, **arguments}
    callback = call.pop("callback_url")
    with pytest.raises(error, match=words):
        oauth.authorization_url(callback, **call)


# -- the exchange, through the public client -------------------------------------------------------


def test_the_exchange_returns_the_users_key_through_the_emulator(
    client: OpenRouter, fake: FakeOpenRouter
) -> None:
    granted = oauth.exchange_code(client, CODE, code_verifier=RFC_VERIFIER)
    assert granted.key == EMULATOR_KEY
    assert granted.user_id == "user_21GRaUttunyLBO2zFLIIFRdUM6V"
    sent = fake.last_request
    assert sent is not None
    assert (sent.method, sent.path, sent.operation_id) == (
        "POST",
        "/api/v1/auth/keys",
        "exchange_auth_code_for_key",
    )
    assert sent.body == {
        "code": CODE,
        "code_verifier": RFC_VERIFIER,
        "code_challenge_method": "S256",
    }


async def test_the_async_exchange_returns_the_users_key_through_the_emulator(
    fake: FakeOpenRouter, no_env_key: None
) -> None:
    async with AsyncOpenRouter(http_client=httpx.AsyncClient(transport=fake)) as client:
        granted = await oauth.aexchange_code(
            client, CODE, code_verifier=RFC_VERIFIER, code_challenge_method="plain"
        )
    assert granted == oauth.OAuthKey(key=EMULATOR_KEY, user_id="user_21GRaUttunyLBO2zFLIIFRdUM6V")
    sent = fake.last_request
    assert sent is not None and sent.path == "/api/v1/auth/keys"
    assert sent.body["code_challenge_method"] == "plain"


def test_the_clients_own_key_is_not_sent_with_the_exchange(fake: FakeOpenRouter) -> None:
    with OpenRouter(api_key=KEY, http_client=httpx.Client(transport=fake)) as client:
        oauth.exchange_code(client, CODE, code_verifier=RFC_VERIFIER)
    sent = fake.last_request
    assert sent is not None and "authorization" not in sent.headers


def test_the_request_on_the_wire_carries_exactly_the_three_body_fields(no_env_key: None) -> None:
    key = "sk-or-v1-" + "5" * 64
    with (
        raw_server([json_response(200, {"key": key, "user_id": None})]) as server,
        OpenRouter(base_url=server.url, max_retries=0) as client,
    ):
        granted = oauth.exchange_code(client, CODE, code_verifier=RFC_VERIFIER, timeout=5)
    assert granted == oauth.OAuthKey(key=key, user_id=None)
    [request] = server.requests
    assert (request.method, request.path) == ("POST", "/api/v1/auth/keys")
    assert request.headers["content-type"] == "application/json"
    assert "authorization" not in request.headers
    assert json.loads(request.body) == {
        "code": CODE,
        "code_verifier": RFC_VERIFIER,
        "code_challenge_method": "S256",
    }


def test_a_refused_exchange_raises_the_status_error_without_the_secrets(no_env_key: None) -> None:
    refusal = {"error": {"code": 403, "message": "Invalid code or code_verifier"}}
    script = Script([httpx.Response(403, json=refusal)])
    with (
        OpenRouter(http_client=script.sync_client()) as client,
        pytest.raises(openrouter.PermissionDeniedError) as caught,
    ):
        oauth.exchange_code(client, CODE, code_verifier=RFC_VERIFIER)
    for text in (str(caught.value), repr(caught.value)):
        assert CODE not in text and RFC_VERIFIER not in text


# -- bad input: refused before anything is sent ----------------------------------------------------


@pytest.mark.parametrize(
    ("code", "options", "error", "words"),
    [
        ("", {}, ValueError, "code must be a non-empty"),
        ("abc def", {}, ValueError, "code must be a non-empty"),
        ("abc\n", {}, ValueError, "code must be a non-empty"),
        (None, {}, TypeError, "code must be a str"),
        (CODE, {"code_verifier": "x" * 42}, ValueError, "code_verifier must be 43 to 128"),
        (CODE, {"code_verifier": None}, TypeError, "code_verifier must be a str"),
        (CODE, {"code_challenge_method": "s256"}, ValueError, "code_challenge_method must be"),
    ],
)
async def test_bad_exchange_arguments_are_refused_before_sending(
    client: OpenRouter,
    fake: FakeOpenRouter,
    code: Any,
    options: dict[str, Any],
    error: type[Exception],
    words: str,
) -> None:
    arguments: dict[str, Any] = {"code_verifier": RFC_VERIFIER, **options}
    with pytest.raises(error, match=words):
        oauth.exchange_code(client, code, **arguments)
    async with AsyncOpenRouter(http_client=httpx.AsyncClient(transport=fake)) as async_client:
        with pytest.raises(error, match=words):
            await oauth.aexchange_code(async_client, code, **arguments)
    assert fake.requests == []


async def test_each_twin_refuses_the_other_client_and_says_which_to_use(
    client: OpenRouter, fake: FakeOpenRouter
) -> None:
    async with AsyncOpenRouter(http_client=httpx.AsyncClient(transport=fake)) as async_client:
        with pytest.raises(TypeError, match="use aexchange_code"):
            oauth.exchange_code(async_client, CODE, code_verifier=RFC_VERIFIER)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="use exchange_code"):
            await oauth.aexchange_code(client, CODE, code_verifier=RFC_VERIFIER)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"needs an openrouter\.OpenRouter client, got str"):
        oauth.exchange_code("client", CODE, code_verifier=RFC_VERIFIER)  # type: ignore[arg-type]
    assert fake.requests == []


# -- secrets stay out of logs and reprs ------------------------------------------------------------


@pytest.mark.parametrize("backend", ["emulator", "body read before logging"])
def test_nothing_secret_is_logged_even_with_bodies_on(
    backend: str,
    fake: FakeOpenRouter,
    no_env_key: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    key = "sk-or-v1-" + "9" * 64
    transport: httpx.BaseTransport = fake
    if backend != "emulator":  # the transport logs a body only when it has already been read
        script = Script([httpx.Response(200, json={"key": key, "user_id": "user_1"})])
        transport = httpx.MockTransport(script)
    monkeypatch.setenv("OPENROUTER_LOG_BODIES", "1")
    with (
        caplog.at_level(logging.DEBUG, logger="openrouter"),
        OpenRouter(http_client=httpx.Client(transport=transport)) as client,
    ):
        verifier = oauth.create_verifier()
        oauth.authorization_url(CALLBACK, code_challenge=oauth.code_challenge(verifier))
        granted = oauth.exchange_code(client, CODE, code_verifier=verifier)
    assert "/auth/keys -> 200" in caplog.text  # logging was on
    if backend != "emulator":
        assert granted.key == key
        assert "response body" in caplog.text and "user_1" in caplog.text
    for secret in (CODE, verifier, granted.key, granted.key[9:]):
        assert secret not in caplog.text


def test_the_result_masks_the_key_in_repr_and_str() -> None:
    granted = oauth.OAuthKey(key=EMULATOR_KEY, user_id="user_1")
    for text in (repr(granted), str(granted), f"{granted}"):
        assert "sk-or" not in text and "EXAMPLE" not in text
        assert "user_1" in text


def test_import_openrouter_does_not_load_the_oauth_module() -> None:
    probe = (
        "import sys, openrouter\n"
        "assert 'openrouter.oauth' not in sys.modules\n"
        "assert openrouter.oauth.create_verifier\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
