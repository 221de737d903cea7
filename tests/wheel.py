"""The project as a user gets it: the built wheel, installed outside the source tree.

`installed_wheel` (a session fixture in conftest.py) builds the wheel once per test session and
installs it with `pip --target`, without dependencies: the tests' interpreter already has them,
and putting the folder first on PYTHONPATH shadows the editable source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class InstalledWheel:
    """A built wheel and the folder it was installed into."""

    wheel: Path
    site: Path

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a process that imports the installed wheel, not the source tree."""
        env = {**os.environ, **extra}
        env["PYTHONPATH"] = str(self.site)
        env.pop("PYTEST_ADDOPTS", None)
        return env


def build_and_install(folder: Path) -> InstalledWheel:
    """Build the wheel into `folder` and install it into `folder/site`."""
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(folder)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = folder.glob("openrouter_py-*.whl")
    site = folder / "site"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile"),
            *("--disable-pip-version-check", "--no-index", "--target", str(site), str(wheel)),
        ],
        check=True,
        capture_output=True,
    )
    return InstalledWheel(wheel, site)
