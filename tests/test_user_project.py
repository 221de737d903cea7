"""The test kit in a user's project: the built wheel, a fresh folder, the README's test file.

Four small projects run side by side (one pytest process each, started together): the README's
complete test file under pytest-asyncio's strict mode and its auto mode, the async fixture and the
cassette under anyio, and the cassette fixture without the `testing` extra.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.test_readme import user_test_file
from tests.wheel import InstalledWheel

INI = "[pytest]\nfilterwarnings = error\n"
ASYNCIO_INI = INI + "asyncio_default_fixture_loop_scope = function\nasyncio_mode = {mode}\n"

KIT_CHECKS = """
import os
from pathlib import Path

import httpx
import pytest

import openrouter
from openrouter.testing import UnrecordableTransportError


def test_the_wheel_is_what_runs() -> None:
    assert Path(openrouter.__file__).is_relative_to(os.environ["WHEEL_SITE"])


class Homemade(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={})


def test_the_cassette_refuses_a_transport_it_cannot_see(openrouter_cassette, tmp_path) -> None:
    client = openrouter.OpenRouter(api_key="k", http_client=httpx.Client(transport=Homemade()))
    with openrouter_cassette("x", record_mode="once", directory=tmp_path):
        with pytest.raises(UnrecordableTransportError, match="Homemade"):
            client.models.count()
"""

ANYIO_TESTS = """
import pytest

import openrouter
from openrouter.testing import FakeOpenRouter

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_the_async_client(openrouter_async_client: openrouter.AsyncOpenRouter) -> None:
    assert (await openrouter_async_client.models.count()).data.count > 0


async def test_the_cassette_records_the_async_fake(
    openrouter_async_client, openrouter_fake: FakeOpenRouter, openrouter_cassette, tmp_path
) -> None:
    with openrouter_cassette("count", record_mode="once", directory=tmp_path):
        counted = (await openrouter_async_client.models.count()).data.count
    assert "/models/count" in (tmp_path / "count.yaml").read_text()
    with openrouter_cassette("count", record_mode="none", directory=tmp_path):
        assert (await openrouter_async_client.models.count()).data.count == counted
    assert len(openrouter_fake.requests) == 1
"""

WITHOUT_EXTRA_CONFTEST = (
    'import sys\n\nsys.modules["vcr"] = None  # as if vcrpy were not installed\n'
)
WITHOUT_EXTRA_TEST = """
def test_uses_a_cassette(openrouter_cassette) -> None:
    pass
"""

PROJECTS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "strict": (
        (),
        {
            "pytest.ini": ASYNCIO_INI.format(mode="strict"),
            "tests/test_summary.py": user_test_file("test_summary.py"),
            "tests/test_kit.py": KIT_CHECKS,
        },
    ),
    "auto": (
        (),
        {
            "pytest.ini": ASYNCIO_INI.format(mode="auto"),
            "tests/test_summary.py": user_test_file("test_summary.py"),
        },
    ),
    "anyio": (("-p", "no:asyncio"), {"pytest.ini": INI, "tests/test_anyio.py": ANYIO_TESTS}),
    "without-extra": (
        (),
        {
            "pytest.ini": ASYNCIO_INI.format(mode="strict"),
            "tests/conftest.py": WITHOUT_EXTRA_CONFTEST,
            "tests/test_cassette.py": WITHOUT_EXTRA_TEST,
        },
    ),
}


@pytest.fixture(scope="module")
def runs(
    installed_wheel: InstalledWheel, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, subprocess.CompletedProcess[str]]]:
    """Every project's pytest run, started together and awaited together."""
    started = {}
    for name, (options, files) in PROJECTS.items():
        project = tmp_path_factory.mktemp(name)
        for relative, text in files.items():
            (project / relative).parent.mkdir(parents=True, exist_ok=True)
            (project / relative).write_text(text)
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options]
        env = installed_wheel.env(WHEEL_SITE=str(installed_wheel.site))
        started[name] = subprocess.Popen(
            command,
            cwd=project,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    results = {}
    for name, process in started.items():
        out, _ = process.communicate(timeout=120)
        results[name] = subprocess.CompletedProcess(process.args, process.returncode, out)
    yield results


@pytest.mark.parametrize(("project", "passed"), [("strict", 7), ("auto", 5), ("anyio", 2)])
def test_the_kit_works_in_a_fresh_project(
    runs: dict[str, subprocess.CompletedProcess[str]], project: str, passed: int
) -> None:
    run = runs[project]
    assert run.returncode == 0, run.stdout
    assert f"{passed} passed" in run.stdout, run.stdout


def test_the_cassette_fixture_names_the_missing_extra(
    runs: dict[str, subprocess.CompletedProcess[str]],
) -> None:
    run = runs["without-extra"]
    assert run.returncode == 1, run.stdout
    message = (
        "openrouter_cassette needs vcrpy and PyYAML (vcr is missing): "
        "pip install 'openrouter-py[testing]'"
    )
    # The error is the message alone on its line (the summary line repeats it, and under CI,
    # where pytest does not shorten it, in full).
    assert message in run.stdout.splitlines(), run.stdout
    assert "Traceback" not in run.stdout
