"""The pytest plugin's fixtures, used the way a user's own suite would use them."""

from __future__ import annotations

from pathlib import Path

import pytest

import openrouter
from openrouter.testing import FakeOpenRouter


def test_client_fixture_talks_to_the_fake(
    openrouter_client: openrouter.OpenRouter, openrouter_fake: FakeOpenRouter
) -> None:
    completion = openrouter_client.chat.completions.create(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "Ping"}]
    )
    assert "Ping" in (completion.choices[0].message.content or "")
    assert openrouter_fake.requests[-1].path.endswith("/chat/completions")


def test_faults_reach_code_under_test(
    openrouter_client: openrouter.OpenRouter, openrouter_fake: FakeOpenRouter
) -> None:
    openrouter_fake.fail_next(status=429, retry_after=0.01)
    assert openrouter_client.models.count().data.count > 0  # retried without a long sleep
    openrouter_fake.fail_next(status=402, times=1)
    with pytest.raises(openrouter.PaymentRequiredError):
        openrouter_client.chat.completions.create(
            model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "x"}]
        )


def test_management_client_fixture(openrouter_management_client: openrouter.OpenRouter) -> None:
    assert openrouter_management_client.credits.get().remaining > 0


async def test_async_client_fixture(openrouter_async_client: openrouter.AsyncOpenRouter) -> None:
    stream = await openrouter_async_client.chat.completions.create(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}], stream=True
    )
    async with stream:
        text = "".join([t async for t in stream.text_stream])
    assert text


def test_cassette_fixture_replays_a_recording(openrouter_cassette, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = Path(__file__).resolve().parent.parent / "cassettes" / "count_models.yaml"
    (tmp_path / "count.yaml").write_text(source.read_text())
    client = openrouter.OpenRouter(api_key="sk-or-v1-test", base_url="https://openrouter.ai/api/v1")
    with openrouter_cassette("count", directory=tmp_path):
        assert client.models.count().data.count > 0
    client.close()
