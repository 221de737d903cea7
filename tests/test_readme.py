"""Every Python block of README.md runs, in order, against the emulator: the README cannot rot."""

from __future__ import annotations

import sys
import types
from typing import Any

import httpx
import httpx2
import pytest

from openrouter.testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, FakeOpenRouter
from tests import readme_source
from tests.readme_operations import updated

README = readme_source.README


def python_blocks() -> list[str]:
    """The README's Python snippets (complete test files, named by a first-line comment, are
    run as pytest files in a fresh project by tests/test_user_project.py)."""
    blocks = [block for _, block in readme_source.python_blocks(README.read_text())]
    return [block for block in blocks if not block.startswith("# tests/")]


def user_test_file(name: str) -> str:
    """The complete test file the README shows as `tests/<name>`."""
    return readme_source.readme_files(README.read_text())[name]


@pytest.fixture
def emulated(monkeypatch: pytest.MonkeyPatch, redis_url: str) -> FakeOpenRouter:
    """Clients built without a transport (as in the README) talk to one shared emulator; the
    Redis of the production section is the test session's."""
    fake = FakeOpenRouter(generation_delay_polls=1)
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("OPENROUTER_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("OPENROUTER_MANAGEMENT_KEY", FAKE_MANAGEMENT_KEY)
    monkeypatch.setenv("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1")
    for cls in (httpx.Client, httpx.AsyncClient, httpx2.Client, httpx2.AsyncClient):
        original = cls.__init__

        def init(self: Any, *args: Any, _original: Any = original, **kwargs: Any) -> None:
            kwargs.setdefault("transport", fake)
            _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", init)
    return fake


def test_every_python_block_runs(
    emulated: FakeOpenRouter, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = python_blocks()
    assert len(blocks) >= 12
    module = types.ModuleType("readme")  # a real module: dataclasses and type hints look it up
    monkeypatch.setitem(sys.modules, "readme", module)
    namespace: dict[str, Any] = module.__dict__
    for number, block in enumerate(blocks, start=1):
        # dont_inherit: the blocks run as a user's script does, without this file's __future__
        code = compile(block, f"README.md python block {number}", "exec", dont_inherit=True)
        exec(code, namespace)
    out = capsys.readouterr().out
    assert "cost scope 'tenant-42': 1 call(s)" in out
    assert "2 rounds, 1 tool call(s)" in out and "[get_weather -> " in out  # the tool runner
    assert "all together:" in out and "nobody" not in out  # the comparison
    assert isinstance(namespace["city"], namespace["City"])  # structured output
    assert "client total:" in out
    assert "nothing was sent" in out
    assert namespace["tenant"].budget.spent > 0  # the shared budget, read back from Redis


def test_the_resource_table_lists_every_operation() -> None:
    text = README.read_text()
    assert updated(text) == text, "README.md's operation table is out of date: run `make generate`"
