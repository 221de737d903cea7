"""Type-check the call files of this folder: `right_calls.py` must give no error, and
`wrong_calls.py` exactly one error on each line marked `# error` and none elsewhere.

Run by `make typecheck` (`python -m tests.typing.check`); exits non-zero on any mismatch.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FILES = ("right_calls.py", "wrong_calls.py")
ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")


def reported() -> dict[str, dict[int, list[str]]]:
    """The lines mypy --strict reports errors on, per file of this folder."""
    paths = [str((HERE / name).relative_to(ROOT)) for name in FILES]
    command = [sys.executable, "-m", "mypy", "--strict", "--explicit-package-bases", *paths]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT).stdout
    found: dict[str, dict[int, list[str]]] = {name: {} for name in FILES}
    for line in out.splitlines():
        match = ERROR.match(line)
        if match:
            # An error in any other file (one mypy followed) is reported under its own path.
            name = (
                Path(match["file"]).name
                if Path(match["file"]).parent == HERE.relative_to(ROOT)
                else match["file"]
            )
            found.setdefault(name, {}).setdefault(int(match["line"]), []).append(match["message"])
    return found


def expected(name: str) -> set[int]:
    lines = (HERE / name).read_text().splitlines()
    return {i for i, text in enumerate(lines, 1) if text.rstrip().endswith("# error")}


def main() -> int:
    found = reported()
    problems: list[str] = []
    for name, got in found.items():
        want = expected(name) if name in FILES else set()
        for line in sorted(want - set(got)):
            problems.append(f"{name}:{line}: marked `# error` but mypy accepts it")
        for line in sorted(set(got) - want):
            problems.append(f"{name}:{line}: unexpected error: {'; '.join(got[line])}")
    if not expected("wrong_calls.py"):
        problems.append("wrong_calls.py marks no line with `# error`")
    for problem in problems:
        print(problem)
    count = len(expected("wrong_calls.py"))
    if not problems:
        print(f"typing: {count} wrong calls rejected, right calls accepted")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
