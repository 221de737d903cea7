"""Every example runs on its own against the emulator, and `make demo`'s script shows each part."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))


def run(name: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name)], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.mark.parametrize("name", SCRIPTS)
def test_example_runs_against_the_emulator(name: str) -> None:
    result = run(name)
    assert result.returncode == 0, result.stderr
    assert "bundled emulator" in result.stdout
    assert result.stderr == ""


def test_the_demo_shows_every_part() -> None:
    out = run("demo.py").stdout
    for part in (
        "1. A sync call from a script",
        "2. A streamed answer",
        "3. The fluent builder",
        "4. An async service",
        "5. A budget refusing a call",
        "6. Cost report",
    ):
        assert part in out
    assert "refused:" in out
    assert "nothing was sent" in out
    assert "client total:" in out


def test_the_first_make_demo_installs_only_the_client_and_says_so(tmp_path: Path) -> None:
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(EXAMPLES.parent / name, tmp_path / name)
    planned = subprocess.run(
        ["make", "-n", "demo"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout
    installs = [line for line in planned.splitlines() if "pip install" in line]
    assert installs == [".venv/bin/python -m pip install --quiet -e ."]  # no extra, no dev group
    assert "make demo: installing openrouter-py with its runtime dependencies" in planned
    assert planned.splitlines()[-1] == ".venv/bin/python examples/demo.py"
