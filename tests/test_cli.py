"""The `openrouter` console script, run as a user runs it, against the loopback emulator server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import openrouter
from openrouter.testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, FakeOpenRouter, run_server

SCRIPT = str(Path(sys.executable).with_name("openrouter"))


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[FakeOpenRouter, str]]:
    fake = FakeOpenRouter()
    with run_server(fake) as url:
        yield fake, url


@pytest.fixture
def emulator(server: tuple[FakeOpenRouter, str]) -> FakeOpenRouter:
    fake, _ = server
    fake.reset()
    return fake


@pytest.fixture
def env(server: tuple[FakeOpenRouter, str]) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    environment.update(OPENROUTER_API_KEY=FAKE_API_KEY, OPENROUTER_BASE_URL=server[1])
    return environment


def cli(env: dict[str, str], *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Run the console script; stdin is a pipe carrying `stdin`, or /dev/null."""
    done = subprocess.run(
        [SCRIPT, *argv],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    return done.returncode, done.stdout, done.stderr


def test_chat_streams_an_answer(env: dict[str, str], emulator: FakeOpenRouter) -> None:
    code, out, err = cli(env, "chat", "Write", "a", "haiku")
    assert (code, err) == (0, "")
    assert "haiku" in out.lower()
    assert emulator.requests[-1].json["stream"] is True


def test_piped_text_is_the_context_and_the_prompt_the_instruction(
    env: dict[str, str], emulator: FakeOpenRouter
) -> None:
    code, out, _ = cli(env, "chat", "Summarise:", stdin="The tides rise twice a day.\n")
    assert code == 0
    sent = emulator.requests[-1].json["messages"][-1]["content"]
    assert sent == "Summarise:\n\nThe tides rise twice a day."
    code, out, _ = cli(env, "chat", "-m", "anthropic/claude-3.5-haiku", stdin="Piped question")
    assert code == 0 and "Piped question" in out
    assert emulator.requests[-1].json["messages"][-1]["content"] == "Piped question"


def test_chat_json_output_is_the_completion(env: dict[str, str]) -> None:
    code, out, _ = cli(env, "chat", "--json", "--system", "Be brief", "--max-tokens", "30", "Hi")
    assert code == 0
    completion = json.loads(out)
    assert completion["object"] == "chat.completion"
    assert completion["usage"]["cost"] > 0


def test_models_filter_sort_and_json(env: dict[str, str]) -> None:
    code, out, _ = cli(env, "models", "gpt")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["MODEL", "CONTEXT", "INPUT/M", "OUTPUT/M"]
    assert any(line.startswith("openai/gpt-4o-mini") and "$0.15" in line for line in lines)
    assert all("claude" not in line for line in lines)

    code, out, _ = cli(env, "models", "--json", "--sort", "price")
    rows = json.loads(out)
    prices = [float(row["pricing"]["prompt"]) for row in rows]
    assert len(rows) > 2 and prices == sorted(prices)

    code, out, _ = cli(env, "models", "--json", "--sort", "context", "--min-context", "150000")
    contexts = [row["context_length"] for row in json.loads(out)]
    assert contexts and contexts == sorted(contexts, reverse=True)
    assert min(contexts) >= 150000

    code, out, _ = cli(env, "models", "--json", "--max-price", "0.2", "--modality", "text")
    rows = json.loads(out)
    assert rows and all(float(row["pricing"]["prompt"]) * 1e6 <= 0.2 for row in rows)
    code, out, _ = cli(env, "models", "--limit", "2")
    assert out.splitlines()[-1] == "2 model(s)"


def test_credits_and_key(env: dict[str, str]) -> None:
    code, out, _ = cli({**env, "OPENROUTER_API_KEY": FAKE_MANAGEMENT_KEY}, "credits")
    assert code == 0 and "remaining:" in out
    code, out, _ = cli(env, "key", "--json")
    assert code == 0 and "is_management_key" in json.loads(out)


def test_generation_waits_until_the_stats_exist(env: dict[str, str]) -> None:
    code, out, _ = cli(env, "chat", "--json", "Hi")
    generation = json.loads(out)["id"]
    code, out, err = cli(env, "generation", generation, "--json")  # the first lookup is a 404
    assert (code, err) == (0, "")
    assert json.loads(out)["id"] == generation
    code, _, err = cli(env, "generation", "gen-unknown", "--no-wait")
    assert code == 1
    assert err.startswith("openrouter: NotFoundError:") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("chat", "--max-tokens", "0", "hi"), "--max-tokens: 0 is not a positive whole number"),
        (("chat",), "give a prompt, or pipe one on stdin"),
        (("models", "--sort", "size"), "invalid choice: 'size'"),
        (("models", "--max-price", "cheap"), "'cheap' is not a price"),
        (("nonsense",), "invalid choice: 'nonsense'"),
        ((), "the following arguments are required: COMMAND"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    env: dict[str, str], argv: tuple[str, ...], says: str
) -> None:
    code, out, err = cli(env, *argv)
    assert (code, out) == (2, "")
    assert err.startswith("openrouter: error: ") and says in err
    assert err.count("\n") == 1, err


def test_api_errors_are_one_line_and_exit_1(env: dict[str, str]) -> None:
    code, out, err = cli(env, "chat", "-m", "acme/unknown-model", "hi")
    assert (code, out) == (1, "")
    assert err.startswith("openrouter: BadRequestError:") and err.count("\n") == 1
    code, _, err = cli({**env, "OPENROUTER_API_KEY": "sk-or-v1-wrong"}, "key")
    assert code == 1 and err.startswith("openrouter: AuthenticationError:")
    assert err.count("\n") == 1
    without_key = {k: v for k, v in env.items() if k != "OPENROUTER_API_KEY"}
    code, _, err = cli(without_key, "key")
    assert code == 1 and "OPENROUTER_API_KEY" in err and err.count("\n") == 1


def test_a_closed_stdin_is_no_prompt(env: dict[str, str]) -> None:
    done = subprocess.run(
        [SCRIPT, "chat"], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env
    )
    assert done.returncode == 2
    closed = subprocess.run(
        ["/bin/sh", "-c", f'"{SCRIPT}" chat <&-; echo "exit $?" >&2'],
        capture_output=True,
        text=True,
        env=env,
    )
    assert closed.stderr.splitlines() == [
        "openrouter: error: give a prompt, or pipe one on stdin",
        "exit 2",
    ]
    closed = subprocess.run(
        ["/bin/sh", "-c", f'"{SCRIPT}" chat Hello <&-'], capture_output=True, text=True, env=env
    )
    assert closed.returncode == 0 and "Hello" in closed.stdout


def test_a_reader_that_goes_away_is_not_an_error(env: dict[str, str]) -> None:
    read, write = os.pipe()
    os.close(read)  # like `openrouter models | head -1` once head has exited
    try:
        done = subprocess.run(
            [SCRIPT, "models"], stdout=write, stderr=subprocess.PIPE, text=True, env=env
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (141, "")


def test_ctrl_c_during_a_stream_stops_cleanly(
    env: dict[str, str], emulator: FakeOpenRouter
) -> None:
    emulator.slow_chunks(0.3)
    process = subprocess.Popen(
        [SCRIPT, "chat", "Write a long story"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # A child of a background job inherits an ignored SIGINT; a terminal's user has Ctrl-C.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stdout is not None
    assert process.stdout.read(1)  # the answer has started
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert err == "openrouter: interrupted\n"
    assert out.endswith("\n")


def test_version_and_help_show_defaults(env: dict[str, str]) -> None:
    assert cli(env, "--version") == (0, f"openrouter {openrouter.__version__}\n", "")
    code, out, _ = cli(env, "chat", "--help")
    assert code == 0
    assert "(default: openai/gpt-4o-mini)" in out
    assert "piped on stdin is the context" in " ".join(out.split())
    code, out, _ = cli(env, "generation", "--help")
    assert "(default: 30.0)" in out and "--no-wait" in out
    code, out, _ = cli(env, "models", "--help")
    assert "(default: id)" in out


def test_the_emulator_flag_needs_no_server_or_key(env: dict[str, str]) -> None:
    offline = {k: v for k, v in env.items() if not k.startswith("OPENROUTER_")}
    code, out, _ = cli(offline, "--emulator", "chat", "Hello")
    assert code == 0 and "Hello" in out
