"""Retries through the public client, sync and async, with a fake clock (no real sleeping)."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest

import openrouter
from tests.conftest import Twin
from tests.fakes import FakeClock, Script, error

CREDITS = httpx.Response(200, json={"data": {"total_credits": 10.5, "total_usage": 2.25}})


def get_credits(client):  # type: ignore[no-untyped-def]
    return client.credits.get()


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 524, 529])
def test_retryable_statuses_are_retried_then_succeed(twin: Twin, status: int) -> None:
    script = Script([error(status), CREDITS])
    clock = FakeClock()
    client = twin.client(script, clock=clock)
    result = twin.call(client, get_credits)
    assert result.total_credits == Decimal("10.5")
    assert len(script.requests) == 2
    assert clock.sleeps == [0.5]


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 413, 422])
def test_client_errors_are_never_retried(twin: Twin, status: int) -> None:
    script = Script([error(status, "nope")])
    client = twin.client(script)
    with pytest.raises(openrouter.APIStatusError) as caught:
        twin.call(client, get_credits)
    assert caught.value.status_code == status
    assert len(script.requests) == 1


def test_backoff_doubles_and_gives_up_after_max_retries(twin: Twin) -> None:
    script = Script([error(503), error(503), error(503), error(503)])
    clock = FakeClock()
    client = twin.client(script, clock=clock, max_retries=3)
    with pytest.raises(openrouter.ServiceUnavailableError):
        twin.call(client, get_credits)
    assert len(script.requests) == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_jitter_shortens_the_backoff(twin: Twin) -> None:
    script = Script([error(500), CREDITS])
    clock = FakeClock(rand=1.0)
    twin.call(twin.client(script, clock=clock), get_credits)
    assert clock.sleeps == [0.5 * 0.75]


def test_retry_after_seconds_is_honoured(twin: Twin) -> None:
    script = Script([error(429, retry_after="7"), CREDITS])
    clock = FakeClock()
    twin.call(twin.client(script, clock=clock), get_credits)
    assert clock.sleeps == [7.0]


def test_retry_after_ms_wins_over_retry_after(twin: Twin) -> None:
    script = Script([error(429, retry_after="7", retry_after_ms="250"), CREDITS])
    clock = FakeClock()
    twin.call(twin.client(script, clock=clock), get_credits)
    assert clock.sleeps == [0.25]


def test_retry_after_is_capped(twin: Twin) -> None:
    script = Script([error(429, retry_after="3600"), CREDITS])
    clock = FakeClock()
    twin.call(twin.client(script, clock=clock), get_credits)
    assert clock.sleeps == [60.0]


def test_retry_after_http_date(twin: Twin) -> None:
    clock = FakeClock(start=1_700_000_000.0)
    date = "Tue, 14 Nov 2023 22:13:32 GMT"  # 12 s after the fake clock's start
    script = Script([error(429, retry_after=date), CREDITS])
    twin.call(twin.client(script, clock=clock), get_credits)
    assert clock.sleeps == [pytest.approx(12.0)]


def test_max_retries_zero_disables_retrying(twin: Twin) -> None:
    script = Script([error(503)])
    with pytest.raises(openrouter.ServiceUnavailableError):
        twin.call(twin.client(script, max_retries=0), get_credits)
    assert len(script.requests) == 1


def test_total_deadline_stops_retrying(twin: Twin) -> None:
    script = Script([error(503), error(503), CREDITS])
    policy = openrouter.RetryPolicy(max_retries=5, initial_delay=4.0, total_timeout=5.0)
    clock = FakeClock()
    with pytest.raises(openrouter.ServiceUnavailableError):
        twin.call(twin.client(script, clock=clock, retry_policy=policy), get_credits)
    assert clock.sleeps == [4.0]  # the second backoff (8 s) would cross the 5 s deadline
    assert len(script.requests) == 2


def test_connection_errors_are_retried(twin: Twin) -> None:
    script = Script([httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), CREDITS])
    clock = FakeClock()
    result = twin.call(twin.client(script, clock=clock), get_credits)
    assert result.total_usage == Decimal("2.25")
    assert len(script.requests) == 3


def test_connection_errors_surface_typed_after_the_last_attempt(twin: Twin) -> None:
    script = Script([httpx.ConnectError("refused")] * 3)
    with pytest.raises(openrouter.APIConnectionError):
        twin.call(twin.client(script), get_credits)
    script = Script([httpx.ReadTimeout("slow")] * 3)
    with pytest.raises(openrouter.APITimeoutError):
        twin.call(twin.client(script), get_credits)


def test_error_in_a_200_body_is_retried_like_its_code(twin: Twin) -> None:
    in_body = httpx.Response(200, json={"error": {"code": 502, "message": "provider down"}})
    script = Script([in_body, CREDITS])
    result = twin.call(twin.client(script), get_credits)
    assert result.total_credits == Decimal("10.5")
    assert len(script.requests) == 2


def test_error_in_a_200_body_raises_the_class_its_code_names(twin: Twin) -> None:
    in_body = httpx.Response(200, json={"error": {"code": 402, "message": "no credits"}})
    script = Script([in_body])
    with pytest.raises(openrouter.PaymentRequiredError) as caught:
        twin.call(twin.client(script), get_credits)
    assert caught.value.response.status_code == 200
    assert caught.value.message.endswith("no credits")


@pytest.mark.parametrize("content_type", ["application/json", "text/plain", None])
def test_error_in_a_200_body_is_found_whatever_the_body_claims_to_be(
    twin: Twin, content_type: str | None
) -> None:
    body = b'{"error": {"code": 402, "message": "no credits"}}'
    headers = {"content-type": content_type} if content_type else {}
    for raw in (False, True):
        script = Script([httpx.Response(200, content=body, headers=headers)])
        client = twin.client(script)
        with pytest.raises(openrouter.PaymentRequiredError):
            twin.call(client.with_raw_response if raw else client, get_credits)


def test_a_json_answer_is_decoded_once_and_not_kept_on_its_response(
    twin: Twin, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openrouter_api import types

    from openrouter import _transport

    reads: list[bytes | str] = []

    def counted(content: bytes | str) -> object:
        reads.append(content)
        return json.loads(content)

    monkeypatch.setattr(_transport, "read_json", counted)  # the envelope check
    monkeypatch.setattr(types, "read_json", counted)  # the generated parser's fallback
    answer = CREDITS
    result = twin.call(twin.client(Script([answer])), get_credits)
    assert result.total_credits == Decimal("10.5") and len(reads) == 1
    assert types.JSON_EXTENSION not in answer.extensions  # handed to the parser, not kept


def test_failed_responses_are_closed_before_sleeping(twin: Twin) -> None:
    script = Script([error(500), error(500), CREDITS])
    closed_at_sleep: list[bool] = []

    class WatchingClock(FakeClock):
        def sleep(self, seconds: float) -> None:
            closed_at_sleep.append(script.responses[-1].is_closed)
            super().sleep(seconds)

    twin.call(twin.client(script, clock=WatchingClock()), get_credits)
    assert closed_at_sleep == [True, True]
