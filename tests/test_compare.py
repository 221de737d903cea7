"""Model comparison: `client.compare(...)` sync and async, and `openrouter compare`.

The emulator's catalogue gives each model its own prices, so costs differ from model to model;
times are only checked for what holds whatever the machine's speed (the first token comes after
the start and no later than the end): how the emulator paces each model is tested on its own,
without a clock, in tests/test_emulator_outputs.py.
"""

from __future__ import annotations

import asyncio
import io
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

import openrouter
from openrouter._compare import CompareProgress
from openrouter._compare_view import LiveProgress
from openrouter.cli import run
from openrouter.testing import FakeOpenRouter
from openrouter.testing._core import model_speed
from tests.test_emulator_support import async_client, client

FAST = "anthropic/claude-sonnet-4"  # speed factor 1
SLOW = "openai/gpt-4o-mini"  # speed factor 4
MISSING = "nobody/no-such-model"
ASK = [{"role": "user", "content": "Write a haiku about the sea"}]


def _compare(flavour: str, fake: FakeOpenRouter, models: list[str], **options: Any) -> Any:
    if flavour == "sync":
        with client(fake) as c:
            return c.compare(models, messages=ASK, **options)

    async def go() -> Any:
        async with httpx.AsyncClient(transport=fake) as http:
            return await async_client(fake, http).compare(models, messages=ASK, **options)

    return asyncio.run(go())


def test_the_emulated_speeds_differ() -> None:
    assert (model_speed(FAST), model_speed(SLOW)) == (1, 4)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_compare_measures_every_model_and_captures_a_failing_one(flavour: str) -> None:
    fake = FakeOpenRouter(latency=0.001)
    comparison = _compare(flavour, fake, [SLOW, FAST, MISSING], max_tokens=50)
    assert isinstance(comparison, openrouter.Comparison)
    assert [r.model for r in comparison] == [SLOW, FAST, MISSING]  # the order asked
    slow, fast, missing = comparison.results
    for result, provider in ((slow, "OpenAI"), (fast, "Anthropic")):
        assert result.ok and result.runs == 1
        assert result.output and "emulator" in result.output
        assert result.finish_reason == "stop" and result.provider == provider
        assert result.generation_id in fake.generation_ids
        assert result.prompt_tokens and result.completion_tokens
        assert result.time_to_first_token is not None and result.latency is not None
        assert 0 < result.time_to_first_token <= result.latency
    assert fast.cost and slow.cost and fast.cost > slow.cost  # Sonnet costs more per token
    assert fast.cost + slow.cost == fake.total_usage == comparison.cost
    assert not missing.ok and isinstance(missing.error, openrouter.BadRequestError)
    assert missing.runs == 0 and missing.output is None
    assert comparison[FAST] is fast
    assert all(r.body["stream"] is True for r in fake.requests)  # streamed, to time the first token
    data = json.loads(json.dumps(comparison.to_dict()))
    assert data["results"][2]["error"].startswith("BadRequestError")


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_repeats_give_medians_of_every_run(flavour: str) -> None:
    fake = FakeOpenRouter()
    comparison = _compare(flavour, fake, [FAST, SLOW], repeats=3)
    assert [r.runs for r in comparison] == [3, 3]
    assert len(fake.requests) == 6
    assert comparison.repeats == 3
    fast, slow = comparison[FAST].cost, comparison[SLOW].cost
    assert fast and slow and (fast + slow) * 3 == fake.total_usage  # each run costs the same


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_concurrency_bounds_how_many_models_run_at_once(flavour: str) -> None:
    events: list[CompareProgress] = []
    models = [FAST, SLOW, "openai/gpt-4o"]
    _compare(flavour, FakeOpenRouter(), models, concurrency=1, on_progress=events.append)
    running = 0
    for event in events:
        running += {"started": 1, "done": -1, "failed": -1}.get(event.status, 0)
        assert running <= 1
    assert [e.model for e in events if e.status == "done"] == models


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_progress_reports_start_text_and_end(flavour: str) -> None:
    events: list[CompareProgress] = []
    _compare(flavour, FakeOpenRouter(), [FAST, MISSING], on_progress=events.append)
    by_model = {m: [e.status for e in events if e.model == m] for m in (FAST, MISSING)}
    assert by_model[FAST][0] == "started" and by_model[FAST][-1] == "done"
    assert "streaming" in by_model[FAST]
    assert by_model[MISSING] == ["started", "failed"]
    done = next(e for e in events if e.status == "done")
    assert done.result is not None and done.result.model == FAST


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_cost_scope_sees_every_call_of_a_comparison(flavour: str) -> None:
    fake = FakeOpenRouter()
    with openrouter.OpenRouter(api_key="k").cost_scope("compare") as scope:
        comparison = _compare(flavour, fake, [FAST, SLOW, "openai/gpt-4o"])
    assert scope.total == comparison.cost == fake.total_usage > 0


def test_bad_arguments_are_refused_before_sending(fake: FakeOpenRouter) -> None:
    with client(fake) as c:
        with pytest.raises(TypeError, match="models"):
            c.compare([], messages=ASK)
        with pytest.raises(TypeError, match="models"):
            c.compare(FAST, messages=ASK)
        with pytest.raises(TypeError, match="'model' is set by compare"):
            c.compare([FAST], messages=ASK, model=SLOW)
        with pytest.raises(ValueError, match="repeats"):
            c.compare([FAST], messages=ASK, repeats=0)
        with pytest.raises(TypeError, match="messages"):
            c.compare([FAST])
        with pytest.raises((TypeError, ValueError), match="temperature"):
            c.compare([FAST, SLOW], messages=ASK, temperature="hot")
    assert fake.requests == []


# -- the command line -------------------------------------------------------------------------
def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--emulator", "compare", *argv], out, err, None)
    return code, out.getvalue(), err.getvalue()


def test_the_command_prints_a_table_and_progress_as_each_model_finishes() -> None:
    code, out, err = _cli("-m", SLOW, "-m", FAST, "-m", MISSING, "Write a haiku")
    assert code == 0
    header, rule, *rows = out.splitlines()
    assert header.split()[:3] == ["model", "first", "token"]
    assert set(rule) <= {"-", " "}
    assert rows[0].startswith(SLOW) and "OpenAI" in rows[0] and "$" in rows[0]
    assert rows[2].startswith(MISSING) and rows[2].endswith("BadRequestError")
    assert f"{MISSING}: Error code: 400" in out
    lines = err.splitlines()  # not a terminal: one line per model as it finishes
    assert len(lines) == 3 and {line.split()[0] for line in lines} == {SLOW, FAST, MISSING}
    assert any("done in" in line for line in lines) and any("failed" in line for line in lines)


def test_the_command_gives_json_and_medians() -> None:
    code, out, err = _cli("-m", FAST, "--repeats", "2", "--json", "Write a haiku")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["repeats"] == 2 and data["results"][0]["runs"] == 2
    assert data["results"][0]["model"] == FAST and Decimal(data["results"][0]["cost"]) > 0


def test_the_command_fails_when_every_model_fails() -> None:
    code, out, _ = _cli("-m", MISSING, "hello")
    assert code == 1 and MISSING in out


def test_the_command_needs_a_model_and_a_prompt() -> None:
    assert _cli("hello")[0] == 2
    assert _cli("-m", FAST)[0] == 2


def test_on_a_terminal_each_model_has_a_line_redrawn_in_place() -> None:
    stream = io.StringIO()
    live = LiveProgress(stream, [FAST, SLOW], live=True)
    live(CompareProgress(FAST, "started"))
    live(CompareProgress(FAST, "streaming", chars=12))
    text = stream.getvalue()
    assert "\x1b[2F" in text  # the second drawing goes back up two lines
    assert text.rsplit("\x1b[2F", 1)[1].count("\n") == 2
    assert "streaming (12 chars)" in text and "queued" in text
