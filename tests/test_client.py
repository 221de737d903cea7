"""Client construction, configuration, copies, closing and secrecy of the key."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import httpx
import pytest

import openrouter
from tests.conftest import KEY, Twin
from tests.fakes import Script

if TYPE_CHECKING:
    from openrouter_api.models import CreateApiKeyRequest

CREDITS = httpx.Response(200, json={"data": {"total_credits": 1, "total_usage": 0}})


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    monkeypatch.setenv("OPENROUTER_BASE_URL", "http://127.0.0.1:9/api/v1")
    script = Script([CREDITS])
    client = openrouter.OpenRouter(http_client=script.sync_client())
    client.credits.get()
    request = script.requests[0]
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert str(request.url) == "http://127.0.0.1:9/api/v1/credits"


def test_explicit_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-or-v1-from-env")
    script = Script([CREDITS])
    client = openrouter.OpenRouter(
        api_key=KEY, base_url="https://example.test/v9", http_client=script.sync_client()
    )
    client.credits.get()
    assert script.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert str(script.requests[0].url) == "https://example.test/v9/credits"


def test_attribution_and_default_headers_are_sent(twin: Twin) -> None:
    script = Script([CREDITS])
    client = twin.client(
        script,
        app_url="https://myapp.example",
        app_title="My App",
        app_categories=["coding-agent", "chat"],
        default_headers={"X-Custom": "1"},
    )
    twin.call(client, lambda c: c.credits.get())
    headers = script.requests[0].headers
    assert headers["http-referer"] == "https://myapp.example"
    assert headers["x-openrouter-title"] == "My App"
    assert headers["x-openrouter-categories"] == "coding-agent,chat"
    assert headers["x-custom"] == "1"
    assert headers["user-agent"].startswith(f"openrouter-py/{openrouter.__version__} ")


def test_per_call_extras_reach_the_wire(twin: Twin) -> None:
    script = Script([CREDITS])
    client = twin.client(script)
    twin.call(
        client,
        lambda c: c.credits.get(
            extra_headers={"X-Trace": "abc"}, extra_query={"debug": "1"}, timeout=3.0
        ),
    )
    request = script.requests[0]
    assert request.headers["x-trace"] == "abc"
    assert request.url.params["debug"] == "1"
    assert request.extensions["timeout"]["read"] == 3.0


def test_missing_key_fails_before_sending(twin: Twin, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    script = Script([])
    client = twin.client(script, api_key=None)
    with pytest.raises(openrouter.MissingAPIKeyError, match="OPENROUTER_API_KEY"):
        twin.call(client, lambda c: c.credits.get())
    assert script.requests == []


def test_repr_never_shows_the_key() -> None:
    client = openrouter.OpenRouter(api_key=KEY)
    assert KEY not in repr(client)
    assert "api_key=<set>" in repr(client)
    assert KEY not in repr(client._config)
    client.close()


def test_the_key_never_reaches_error_messages_or_logs(
    twin: Twin, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script([httpx.Response(401, json={"error": {"code": 401, "message": "bad key"}})])
    client = twin.client(script)
    with (
        caplog.at_level(logging.DEBUG, logger="openrouter"),
        pytest.raises(openrouter.AuthenticationError) as caught,
    ):
        twin.call(client, lambda c: c.credits.get())
    assert KEY not in str(caught.value)
    assert KEY not in repr(caught.value)
    assert KEY not in caplog.text
    assert "401" in caplog.text


def test_with_options_shares_the_pool_and_overrides_settings(twin: Twin) -> None:
    script = Script([CREDITS, CREDITS])
    client = twin.client(script, max_retries=2)
    copy = client.with_options(max_retries=0, timeout=1.5, extra_headers={"X-Tenant": "t1"})
    assert copy.max_retries == 0
    assert client.max_retries == 2
    assert copy._http is client._http
    twin.call(copy, lambda c: c.credits.get())
    assert script.requests[0].headers["x-tenant"] == "t1"
    assert script.requests[0].extensions["timeout"]["read"] == 1.5
    twin.call(client, lambda c: c.credits.get())
    assert "x-tenant" not in script.requests[1].headers


def test_close_leaves_a_user_supplied_http_client_open() -> None:
    http = httpx.Client()
    with openrouter.OpenRouter(api_key=KEY, http_client=http):
        pass
    assert not http.is_closed
    http.close()


def test_close_closes_an_owned_pool() -> None:
    client = openrouter.OpenRouter(api_key=KEY)
    with client:
        pass
    assert client._http.is_closed


def test_async_close_and_aclose() -> None:
    async def main() -> None:
        async with openrouter.AsyncOpenRouter(api_key=KEY) as client:
            pass
        assert client._http.is_closed
        other = openrouter.AsyncOpenRouter(api_key=KEY)
        await other.aclose()
        assert other._http.is_closed

    asyncio.run(main())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"base_url": "ftp://x"}, "base_url"),
        ({"max_retries": -1}, "max_retries"),
        ({"timeout": -5}, "timeout"),
        ({"app_categories": ["Not Valid"]}, "app_categories"),
        ({"app_categories": ["a", "b", "c"]}, "app_categories"),
        ({"first_token_timeout": 0}, "first_token_timeout"),
        ({"idle_timeout": "soon"}, "idle_timeout"),
    ],
)
def test_bad_configuration_is_rejected_with_the_parameter_named(
    kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        openrouter.OpenRouter(api_key=KEY, **kwargs)  # type: ignore[arg-type]


def test_wrong_http_client_type_is_rejected() -> None:
    with pytest.raises(TypeError, match="http_client"):
        openrouter.OpenRouter(api_key=KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_bodies_are_logged_only_on_request_and_keys_inside_them_are_masked(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.minimal import minimal

    data = minimal({"$ref": "#/components/schemas/ApiKey"})
    created = {"data": data, "key": "sk-or-v1-" + "7" * 64}
    script = Script([httpx.Response(201, json=created), httpx.Response(201, json=created)])
    client = openrouter.OpenRouter(api_key=KEY, http_client=script.sync_client())
    with caplog.at_level(logging.DEBUG, logger="openrouter"):
        client.keys.create(body=_create_key_body())
    assert "sk-or-v1-777" not in caplog.text
    assert "response body" not in caplog.text
    caplog.clear()
    monkeypatch.setenv("OPENROUTER_LOG_BODIES", "1")
    with caplog.at_level(logging.DEBUG, logger="openrouter"):
        client.keys.create(body=_create_key_body())
    assert "response body" in caplog.text
    assert "[REDACTED]" in caplog.text
    assert "sk-or-v1-777" not in caplog.text


def _create_key_body() -> CreateApiKeyRequest:
    from openrouter_api.models import CreateApiKeyRequest

    return CreateApiKeyRequest(name="ci")


def test_openrouter_log_debug_turns_on_logging_to_stderr() -> None:
    import subprocess
    import sys

    code = (
        "import httpx, openrouter\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'data': "
        "{'total_credits': 1, 'total_usage': 0}}))\n"
        f"c = openrouter.OpenRouter(api_key='{KEY}', http_client=httpx.Client(transport=t))\n"
        "c.credits.get()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "OPENROUTER_LOG": "debug"},
    )
    assert "GET https://openrouter.ai/api/v1/credits -> 200" in result.stderr
    assert KEY not in result.stderr


def test_with_raw_response_reaches_status_and_headers_of_any_operation(twin: Twin) -> None:
    answer = httpx.Response(
        200, json={"data": {"count": 321}}, headers={"x-request-id": "req-7", "x-custom": "1"}
    )
    script = Script([answer])
    client = twin.client(script)
    raw = twin.call(client, lambda c: c.with_raw_response.models.count())
    assert isinstance(raw, openrouter.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-custom"] == "1"
    assert raw.parse().data.count == 321


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"budget": 5}, TypeError, "budget"),
        ({"idle_timeout": 0}, ValueError, "idle_timeout"),
        ({"first_token_timeout": "soon"}, ValueError, "first_token_timeout"),
        ({"api_key": "  "}, ValueError, "api_key"),
        ({"timeout": -1}, ValueError, "timeout"),
    ],
)
def test_with_options_checks_its_arguments_like_the_constructor(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    client = openrouter.OpenRouter(api_key=KEY)
    with pytest.raises(error, match=message):
        client.with_options(**kwargs)  # type: ignore[arg-type]
    client.close()
