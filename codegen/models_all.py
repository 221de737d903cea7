"""Write `models/_all.py`: every model imported by name, for type checkers only.

`models/__init__.py` loads model modules lazily (its `_MODULES` table, PEP 562 `__getattr__`)
and imports `_all` only under `TYPE_CHECKING`, so type checkers see every name while a process
carries none of these import statements. Run by `make generate` and `make check-generated`
after the generator, on the package folder it wrote:

    python codegen/models_all.py generated/openrouter_api
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

HEADER = '''"""Every model by name, for type checkers only (see `models/__init__.py`)."""

'''


def modules_table(init: Path) -> dict[str, str]:
    """The `_MODULES` literal of `models/__init__.py`: class name -> module (`.chat_usage`)."""
    for node in ast.parse(init.read_text()).body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "_MODULES":
            table = ast.literal_eval(node.value)
            assert isinstance(table, dict)
            return table
    raise SystemExit(f"{init}: no _MODULES table")


def main(package: Path) -> None:
    models = package / "models"
    table = modules_table(models / "__init__.py")
    lines = [f"from {module} import {name} as {name}" for name, module in table.items()]
    target = models / "_all.py"
    target.write_text(HEADER + "\n".join(sorted(lines)) + "\n")
    # The same formatting as the generator's own post hooks (codegen/config.yaml).
    flags = ["--isolated", "--no-cache", "--line-length", "100", "--target-version", "py311"]
    fix = ["ruff", "check", *flags, "--fix-only", "--select", "I", "--quiet", str(target)]
    subprocess.run(fix, check=True)
    subprocess.run(["ruff", "format", *flags, "--quiet", str(target)], check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
