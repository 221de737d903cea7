"""What goes on the wire is exactly the request httpx would build, on either stack.

The client builds a JSON call's request from a template made once per client and URL (the
merged headers, the parsed URL) instead of running `http.build_request` each time; these tests
hold every request it sends to what `http.build_request` makes of the same call: the same
headers in the same order, the same body bytes, URL and timeout. Requests the shortcut does not
cover (query strings, a client with cookies) must come out right too.
"""

from __future__ import annotations

import asyncio
import json
import math
from types import ModuleType
from typing import Any

import httpx
import httpx2
import pytest

from openrouter import AsyncOpenRouter, OpenRouter
from openrouter.params import ChatMessage

STACKS = [httpx, httpx2]
BASE = "https://openrouter.ai/api/v1"
KEY = "sk-or-v1-request-building"
TIMEOUT = (5.0, 12.5, 12.5, 12.5)  # timeout=12.5: connecting fails fast (5 s) all the same
HELLO: list[ChatMessage] = [{"role": "user", "content": "héllo ✓"}]
COMPLETION = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1,
    "model": "openai/gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": "hi"},
        }
    ],
}


@pytest.fixture(params=STACKS, ids=lambda stack: stack.__name__)
def stack(request: pytest.FixtureRequest) -> ModuleType:
    module: ModuleType = request.param
    return module


class Recorder:
    """A mock transport's handler: keeps every request and answers by path."""

    def __init__(self, stack: ModuleType) -> None:
        self.stack = stack
        self.requests: list[Any] = []

    def __call__(self, request: Any) -> Any:
        self.requests.append(request)
        body = {"data": []} if request.url.path.endswith("/models") else COMPLETION
        return self.stack.Response(200, json=body)

    @property
    def last(self) -> Any:
        return self.requests[-1]


def client_on(stack: ModuleType, recorder: Recorder, **http_options: Any) -> tuple[OpenRouter, Any]:
    http = stack.Client(transport=stack.MockTransport(recorder), **http_options)
    return OpenRouter(api_key=KEY, base_url=BASE, http_client=http, timeout=12.5), http


def expected(http: Any, sent: Any, body: Any, timeout: Any = TIMEOUT, **headers: str) -> Any:
    """What `http.build_request` makes of the call: our headers are the key and the User-Agent
    the client sent (its value is pinned elsewhere), the operation's (a JSON POST names its
    content type), then the call's own."""
    ours = {"User-Agent": sent.headers["user-agent"], "Authorization": f"Bearer {KEY}"}
    if body is not None:
        ours["Content-Type"] = "application/json"
    ours.update(headers)
    return http.build_request(sent.method, str(sent.url), json=body, headers=ours, timeout=timeout)


def assert_same(sent: Any, built: Any) -> None:
    assert sent.method == built.method
    assert sent.url == built.url
    assert sent.headers.raw == built.headers.raw  # names, values, order, nothing more
    assert sent.content == built.content
    assert sent.extensions["timeout"] == built.extensions["timeout"]


def test_a_chat_call_sends_what_build_request_makes_of_it(stack: ModuleType) -> None:
    recorder = Recorder(stack)
    client, http = client_on(stack, recorder)
    with client:
        for _ in range(2):  # the first request makes the template, the second uses it
            client.chat.completions.create(model="openai/gpt-4o-mini", messages=HELLO)
            body = {"model": "openai/gpt-4o-mini", "messages": HELLO}
            assert_same(recorder.last, expected(http, recorder.last, body))
    assert "héllo ✓".encode() in recorder.last.content  # UTF-8, not \\u escapes
    assert recorder.last.headers["content-length"] == str(len(recorder.last.content))


def test_per_call_headers_timeout_and_body_reach_the_request(stack: ModuleType) -> None:
    recorder = Recorder(stack)
    client, http = client_on(stack, recorder)
    with client:
        client.chat.completions.create(model="m/a", messages=HELLO)
        client.chat.completions.create(
            model="m/b",
            messages=HELLO,
            extra_headers={"X-Trace": "t-1", "accept": "application/x-custom"},
            extra_body={"transforms": ["middle-out"]},
            timeout=3,
        )
        sent = recorder.last
        body = {"model": "m/b", "messages": HELLO, "transforms": ["middle-out"]}
        ours = {"X-Trace": "t-1", "accept": "application/x-custom"}
        built = expected(http, sent, body, timeout=(3.0, 3.0, 3.0, 3.0), **ours)
        assert_same(sent, built)
        assert sent.headers.get_list("accept") == ["application/x-custom"]
        # and the per-call headers did not stick to the next call
        client.chat.completions.create(model="m/a", messages=HELLO)
        assert "x-trace" not in recorder.last.headers
        assert recorder.last.headers["accept"] == "*/*"
        assert recorder.last.extensions["timeout"]["read"] == 12.5


def test_the_http_clients_own_headers_are_sent_and_later_changes_to_them_apply(
    stack: ModuleType,
) -> None:
    recorder = Recorder(stack)
    client, http = client_on(stack, recorder, headers={"X-Team": "search"})
    with client:
        client.chat.completions.create(model="m/a", messages=HELLO)
        assert recorder.last.headers["x-team"] == "search"
        http.headers["X-Team"] = "ranking"
        http.headers["X-Region"] = "eu"
        client.chat.completions.create(model="m/a", messages=HELLO)
        body = {"model": "m/a", "messages": HELLO}
        assert_same(recorder.last, expected(http, recorder.last, body))
        assert recorder.last.headers["x-team"] == "ranking"
        assert recorder.last.headers["x-region"] == "eu"


def test_a_client_with_cookies_or_query_parameters_sends_them(stack: ModuleType) -> None:
    recorder = Recorder(stack)
    options = {"cookies": {"session": "abc"}, "params": {"tenant": "t1"}}
    client, _ = client_on(stack, recorder, **options)
    with client:
        client.chat.completions.create(model="m/a", messages=HELLO)
        assert recorder.last.headers["cookie"] == "session=abc"
        assert recorder.last.url.params["tenant"] == "t1"
        client.models.list()
        assert recorder.last.url.params["tenant"] == "t1"


def test_a_get_carries_no_content_headers(stack: ModuleType) -> None:
    recorder = Recorder(stack)
    client, http = client_on(stack, recorder)
    with client:
        for _ in range(2):
            client.models.list()
            assert_same(recorder.last, expected(http, recorder.last, None))
    assert "content-length" not in recorder.last.headers
    assert "content-type" not in recorder.last.headers
    assert recorder.last.content == b""


def test_a_value_json_cannot_carry_is_refused_before_anything_is_sent(stack: ModuleType) -> None:
    recorder = Recorder(stack)
    client, _ = client_on(stack, recorder)
    with client:
        client.chat.completions.create(model="m/a", messages=HELLO)
        with pytest.raises(ValueError, match="JSON compliant"):
            client.chat.completions.create(
                model="m/a", messages=HELLO, extra_body={"temperature": math.nan}
            )
    assert len(recorder.requests) == 1


def test_the_async_client_sends_the_same_request(stack: ModuleType) -> None:
    recorder = Recorder(stack)

    async def main() -> None:
        http = stack.AsyncClient(transport=stack.MockTransport(recorder))
        async with AsyncOpenRouter(
            api_key=KEY, base_url=BASE, http_client=http, timeout=12.5
        ) as client:
            for _ in range(2):
                await client.chat.completions.create(model="m/a", messages=HELLO)
                body = {"model": "m/a", "messages": HELLO}
                assert_same(recorder.last, expected(http, recorder.last, body))
        assert json.loads(recorder.last.content) == body

    asyncio.run(main())
