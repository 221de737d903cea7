"""Recorded cassettes: one per operation, replayed offline through both clients; streams are
replayed whole, per event and per byte; no cassette holds anything key-shaped."""

from __future__ import annotations

import asyncio
import re
import ssl
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import vcr  # type: ignore[import-untyped]
from openrouter_api.api import OPERATIONS

import openrouter
from openrouter.testing import cassettes
from tests.operation_calls import STREAMING, assert_round_trips, plan, spec_operation

FOLDER = Path(__file__).resolve().parent.parent / "cassettes"
BASE = "https://openrouter.ai/api/v1"
KEY = "sk-or-v1-replay-only-key"


def recorder() -> Any:
    replay = vcr.VCR(**cassettes.vcr_config())
    replay.register_serializer("openrouter-yaml", cassettes)
    return replay


def recorded_request(path: Path) -> dict[str, Any]:
    return cassettes.deserialize(path.read_text())["interactions"][0]["request"]  # type: ignore[no-any-return]


def recorded_values(operation_id: str, uri: str) -> dict[str, Any]:
    """Path and query values of the recorded request, by their API names."""
    _, template, _ = spec_operation(operation_id)
    url = urlsplit(uri)
    prefix = "" if template.startswith("/api/") else "/api/v1"
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(prefix + template))
    match = re.fullmatch(pattern, url.path)
    assert match, (url.path, template)
    values: dict[str, Any] = {k: _typed(v) for k, v in match.groupdict().items()}
    values.update({k: _typed(v) for k, v in parse_qsl(url.query)})
    return values


def _typed(value: str) -> Any:
    if value in ("true", "false"):
        return value == "true"
    return int(value) if value.isdigit() else value


OPERATION_IDS = sorted(OPERATIONS)


def test_every_operation_has_a_cassette() -> None:
    missing = [op for op in OPERATION_IDS if not (FOLDER / f"{op}.yaml").exists()]
    missing += [f"{op}.stream" for op in STREAMING if not (FOLDER / f"{op}.stream.yaml").exists()]
    assert missing == [], "no cassette in cassettes/ for these: run `make record`"


def test_a_missing_cassette_says_to_run_make_record(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys.modules[__name__], "FOLDER", tmp_path)
    with pytest.raises(AssertionError, match=r"run `make record`"):
        test_every_operation_has_a_cassette()


def test_no_cassette_holds_anything_key_shaped() -> None:
    leaks = {
        path.name: cassettes.find_key_shaped(path.read_text())
        for path in sorted(FOLDER.glob("*.yaml"))
    }
    assert {name: found for name, found in leaks.items() if found} == {}
    created = (FOLDER / "create_key.yaml").read_text()
    assert "sk-or-v1-REDACTED" in created  # the plaintext key in the answer was scrubbed
    assert "authorization" not in created.lower()


def test_the_scrubber_catches_keys_in_any_case_and_place() -> None:
    text = "Bearer sk-or-v1-" + "a" * 64 + ' {"key": "SK-OR-V1-' + "B" * 40 + '"}'
    assert len(cassettes.find_key_shaped(text)) == 2
    assert (
        cassettes.find_key_shaped(cassettes.scrub_text(text.replace("SK-OR-V1", "sk-or-v1"))) == []
    )


#: One TLS context for every replay client: loading the CA bundle costs ~17 ms per client, and
#: vcrpy answers before any TLS would happen anyway.
TLS = ssl.create_default_context()


def _client(flavour: str, transport: Any = None) -> Any:
    if flavour == "sync":
        http = httpx.Client(transport=transport, verify=TLS)
        return openrouter.OpenRouter(api_key=KEY, base_url=BASE, http_client=http, max_retries=0)
    return openrouter.AsyncOpenRouter(
        api_key=KEY,
        base_url=BASE,
        http_client=httpx.AsyncClient(transport=transport, verify=TLS),
        max_retries=0,
    )


def _run(flavour: str, call: Any, client: Any) -> Any:
    if flavour == "sync":
        return call.run(client)

    async def main() -> Any:
        return await call.run(client)

    return asyncio.run(main())


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_cassette_replays_through_the_client(flavour: str, operation_id: str) -> None:
    path = FOLDER / f"{operation_id}.yaml"
    request = recorded_request(path)
    values = recorded_values(operation_id, request["uri"])
    client = _client(flavour)
    call = plan(operation_id, client, values=values)
    with recorder().use_cassette(str(path), record_mode="none") as cassette:
        if operation_id == "create_credits_coinbase_charge":
            with pytest.raises(openrouter.APIStatusError) as caught:
                _run(flavour, call, client)
            assert caught.value.status_code == 410
        else:
            result = _run(flavour, call, client)
            assert_round_trips(result)
        assert cassette.play_count == 1


class Resplit(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the real transports (which vcrpy replays) and re-splits event-stream bodies:
    one chunk per event, or one byte per chunk."""

    def __init__(self, how: str) -> None:
        self.how = how
        self.sync = httpx.HTTPTransport()
        self.asynchronous = httpx.AsyncHTTPTransport()

    def _parts(self, body: bytes) -> list[bytes]:
        if self.how == "byte":
            return [body[i : i + 1] for i in range(len(body))]
        return [part + b"\n\n" for part in body.split(b"\n\n") if part]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.sync.handle_request(request)
        body = response.read()
        parts = self._parts(body)

        class Body(httpx.SyncByteStream):
            def __iter__(self) -> Iterator[bytes]:
                yield from parts

        return httpx.Response(response.status_code, headers=response.headers, stream=Body())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.asynchronous.handle_async_request(request)
        body = await response.aread()
        parts = self._parts(body)

        class Body(httpx.AsyncByteStream):
            async def __aiter__(self) -> AsyncIterator[bytes]:
                for part in parts:
                    yield part

        return httpx.Response(response.status_code, headers=response.headers, stream=Body())


def _expected_text(path: Path) -> str:
    body = cassettes.deserialize(path.read_text())["interactions"][0]["response"]["body"]["string"]
    import json

    text = []
    for line in body.splitlines():
        if not line.startswith("data: ") or line == "data: [DONE]":
            continue
        data = json.loads(line[6:])
        for choice in data.get("choices") or []:
            text.append((choice.get("delta") or {}).get("content") or choice.get("text") or "")
        if data.get("type") == "response.output_text.delta":
            text.append(data["delta"])
        if data.get("type") == "content_block_delta" and data["delta"].get("type") == "text_delta":
            text.append(data["delta"]["text"])
    return "".join(text)


@pytest.mark.parametrize("how", ["event", "byte"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(STREAMING))
def test_streamed_cassettes_replay_per_event_and_per_byte(
    how: str, flavour: str, operation_id: str
) -> None:
    path = FOLDER / f"{operation_id}.stream.yaml"
    client = _client(flavour, Resplit(how))
    call = plan(operation_id, client, stream=True)
    expected = _expected_text(path)
    assert expected

    async def consume_async() -> str:
        stream = await call.run(client)
        async with stream:
            return "".join([t async for t in stream.text_stream])

    with recorder().use_cassette(str(path), record_mode="none"):
        if flavour == "sync":
            with call.run(client) as stream:
                text = "".join(stream.text_stream)
                final = stream.get_final_completion()
            assert final.usage.cost is not None
        else:
            text = asyncio.run(consume_async())
    assert text == expected
