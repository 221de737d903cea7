"""Adding an operation, exactly as CONTRIBUTING.md describes it, in a temporary copy of the project.

Edit `openapi.yaml` and `tests/data/operations.tsv`, run `make generate` and `make record`: the
coverage checks first fail naming the file or the command that fixes them, then pass, and the
new operation works through both clients and its cassette. (The cassette check's message, which
names `make record`, is tested in tests/test_cassettes.py.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

NEW_PATH = """\
  /providers/regions:
    get:
      operationId: list_provider_regions
      tags:
      - Providers
      summary: List the regions inference providers serve from.
      x-openrouter-key: api
      security:
      - bearer: []
      responses:
        '200':
          description: Every region.
          content:
            application/json:
              schema:
                type: object
                required:
                - data
                properties:
                  data:
                    type: array
                    items:
                      type: string
              example:
                data:
                - US
                - EU
        '401':
          $ref: '#/components/responses/Unauthorized'
        '429':
          $ref: '#/components/responses/TooManyRequests'
        '500':
          $ref: '#/components/responses/InternalServerError'
"""
NEW_ROW = "Providers\tGET\t/providers/regions\tapi-key\tno\t-\tapplication/json\t\n"

#: The checks that notice a new operation, and the new operation's own tests.
COVERAGE = [
    "tests/test_spec.py::test_every_listed_operation_is_described_and_nothing_else",
    "tests/test_spec.py::test_every_operation_is_generated",
    "tests/test_emulator_routes.py::test_routes_json_is_generated_from_the_current_openapi_yaml",
    "tests/test_emulator_routes.py::test_every_operation_has_exactly_one_route",
    "tests/test_reachability.py::test_every_operation_has_a_reachability_case",
    "tests/test_readme.py::test_the_resource_table_lists_every_operation",
    "tests/test_cassettes.py::test_every_operation_has_a_cassette",
]
NEW = "list_provider_regions"
EXAMPLES = "tests/test_spec.py::test_examples_parse_through_the_generated_models_and_round_trip"
#: The new operation's own tests: every test parametrized by operation covers it.
OWN_TESTS = [
    f"tests/test_reachability.py::test_operation_is_reachable_and_answered[sync-{NEW}]",
    f"tests/test_reachability.py::test_operation_is_reachable_and_answered[async-{NEW}]",
    f"tests/test_cassettes.py::test_cassette_replays_through_the_client[{NEW}-sync]",
    f"tests/test_cassettes.py::test_cassette_replays_through_the_client[{NEW}-async]",
    f"{EXAMPLES}[{NEW}-200]",
]


def project_files() -> list[str]:
    """What a fresh clone of this checkout would hold, plus files not committed yet."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [name for name in listed.stdout.split("\0") if name and (ROOT / name).is_file()]


def isolated_venv(copy: Path) -> None:
    """`copy/.venv`: this checkout's installed tools, but the copy's own sources.

    A `.pth` line names the shared site-packages as a plain folder, so the editable install's
    own `.pth` (which points at this checkout) is never read: nothing in the copy can import,
    or write through, the original sources.
    """
    venv = copy / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    shared = Path(sysconfig.get_paths()["purelib"])
    (site,) = venv.glob("lib/python*/site-packages")
    (site / "project.pth").write_text(f"{copy}\n{copy / 'generated'}\n{shared}\n")
    for tool in Path(sys.executable).parent.iterdir():
        if not (venv / "bin" / tool.name).exists():
            (venv / "bin" / tool.name).symlink_to(tool)
    (venv / ".installed").touch()  # installed as far as make is concerned


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The project's files in a fresh folder, with a venv that sees only the copy's sources."""
    if not (ROOT / ".git").exists():
        pytest.fail("this test copies the files git knows: run it in a git checkout")
    target = tmp_path / "project"
    for name in project_files():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)  # keeps mtimes, so compiled files stay valid
    for folder in ("openrouter", "generated", "tests", "codegen"):
        for cache in (ROOT / folder).glob("**/__pycache__"):  # compiled once is enough
            shutil.copytree(cache, target / cache.relative_to(ROOT), dirs_exist_ok=True)
    isolated_venv(target)
    return target


def run(copy: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    return subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)


def checks(copy: Path, *tests: str) -> subprocess.CompletedProcess[str]:
    python = str(copy / ".venv/bin/python")
    return run(copy, python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests)


def make(copy: Path, *targets: str) -> None:
    done = run(copy, "make", "-o", ".venv/.installed", *targets)  # -o: never reinstall
    assert done.returncode == 0, done.stdout + done.stderr


def test_adding_an_operation_takes_two_edits_and_two_commands(copy: Path) -> None:
    spec = copy / "openapi.yaml"
    text = spec.read_text()
    spec.write_text(text.replace("  /providers:\n", NEW_PATH + "  /providers:\n", 1))

    before = checks(copy, *COVERAGE)
    assert before.returncode == 1
    assert "add a row for each there" in before.stdout  # tests/data/operations.tsv
    assert "in openapi.yaml but not in tests/data/operations.tsv" in before.stdout
    assert before.stdout.count("run `make generate`") >= 3, before.stdout

    with (copy / "tests/data/operations.tsv").open("a") as rows:
        rows.write(NEW_ROW)
    make(copy, "generate", "record")
    assert (copy / f"cassettes/{NEW}.yaml").is_file()
    assert "`list_regions`" in (copy / "README.md").read_text()
    after = checks(copy, *COVERAGE, *OWN_TESTS)
    assert after.returncode == 0, after.stdout
    assert f"{len(COVERAGE) + len(OWN_TESTS)} passed" in after.stdout, after.stdout
