"""The `openrouter` command line, run against the bundled emulator."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from openrouter.cli import run


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def cli(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    source = io.StringIO(stdin) if stdin is not None else Tty("")
    code = run(list(argv), out, err, source)
    return code, out.getvalue(), err.getvalue()


def test_chat_streams_an_answer() -> None:
    code, out, err = cli("--emulator", "chat", "Write", "a", "haiku")
    assert code == 0
    assert "haiku" in out.lower()
    assert err == ""


def test_chat_reads_the_prompt_from_stdin_when_piped() -> None:
    code, out, _ = cli(
        "--emulator", "chat", "-m", "anthropic/claude-3.5-haiku", stdin="Piped question"
    )
    assert code == 0
    assert "Piped question" in out


def test_chat_json_output_is_the_completion() -> None:
    code, out, _ = cli(
        "chat", "--emulator", "--json", "--system", "Be brief", "--max-tokens", "30", "Hi"
    )
    assert code == 0
    completion = json.loads(out)
    assert completion["object"] == "chat.completion"
    assert completion["usage"]["cost"] > 0


def test_models_table_with_prices_per_million_and_filters() -> None:
    code, out, _ = cli("--emulator", "models", "gpt")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["MODEL", "CONTEXT", "INPUT/M", "OUTPUT/M"]
    assert any(line.startswith("openai/gpt-4o-mini") and "$0.15" in line for line in lines)
    assert all("claude" not in line for line in lines)
    code, out, _ = cli("--emulator", "models", "--modality", "image", "--json")
    rows = json.loads(out)
    assert rows and all(
        "image" in (r["architecture"]["input_modalities"] + r["architecture"]["output_modalities"])
        for r in rows
    )


def test_credits_key_and_generation() -> None:
    code, out, _ = cli("--emulator", "credits")
    assert code == 0 and "remaining:" in out
    code, out, _ = cli("--emulator", "key", "--json")
    assert code == 0 and "is_management_key" in json.loads(out)
    code, _, err = cli("--emulator", "generation", "gen-unknown")
    assert code == 1
    assert err.startswith("openrouter: NotFoundError:") and err.count("\n") == 1


def test_errors_print_one_line_and_exit_non_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    code, out, err = cli("key")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "OPENROUTER_API_KEY" in err
    code, _, err = cli("--emulator", "chat", "-m", "acme/unknown-model", "hi")
    assert code == 1 and "BadRequestError" in err


def test_chat_without_a_prompt_is_a_usage_error() -> None:
    with pytest.raises(SystemExit, match="give a prompt"):
        cli("--emulator", "chat")


def test_ctrl_c_during_a_stream_stops_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    from openrouter import _streaming

    def interrupted(self: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(_streaming.Stream, "_next_event", interrupted)
    code, _, err = cli("--emulator", "chat", "hello")
    assert code == 130
    assert err == "interrupted\n"


def test_console_script_is_installed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "openrouter.cli", "--emulator", "models", "--limit", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines()[-1] == "2 model(s)"
