"""Write the by-name indexes of `models/`: `_all.py` for type checkers, `_index.py` for run time.

`models/__init__.py` loads model modules lazily (PEP 562 `__getattr__`): a name is looked up
in `_index.py` (class name -> module, and the package's `__all__`), itself imported by the
first lookup, so a process that only imports models' own modules (every generated operation
does) carries no table; `_all.py` imports every model by name and is imported only under
`TYPE_CHECKING`. Both are derived from the model modules themselves (the class each defines).
Run by `make generate` and `make check-generated` after the generator, on the package folder
it wrote:

    python codegen/models_all.py generated/openrouter_api
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ALL_HEADER = '''"""Every model by name, for type checkers only (see `models/__init__.py`)."""

'''

INDEX_HEADER = '''"""Each model's module by class name, for `models/__init__.py`."""

'''


def modules_table(models: Path) -> dict[str, str]:
    """Class name -> module (`.chat_usage`), from the classes the model modules define."""
    table: dict[str, str] = {}
    for path in sorted(models.glob("*.py")):
        if path.name.startswith("_"):
            continue
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef):
                if node.name in table:
                    raise SystemExit(f"{node.name} is defined in {table[node.name]} and {path}")
                table[node.name] = f".{path.stem}"
    if not table:
        raise SystemExit(f"{models}: no model modules")
    return dict(sorted(table.items()))


def _format(target: Path) -> None:
    # The same formatting as the generator's own post hooks (codegen/config.yaml).
    flags = ["--isolated", "--no-cache", "--line-length", "100", "--target-version", "py311"]
    fix = ["ruff", "check", *flags, "--fix-only", "--select", "I", "--quiet", str(target)]
    subprocess.run(fix, check=True)
    subprocess.run(["ruff", "format", *flags, "--quiet", str(target)], check=True)


def main(package: Path) -> None:
    models = package / "models"
    table = modules_table(models)
    lines = [f"from {module} import {name} as {name}" for name, module in table.items()]
    (models / "_all.py").write_text(ALL_HEADER + "\n".join(sorted(lines)) + "\n")
    entries = "".join(f'    "{name}": "{module}",\n' for name, module in table.items())
    (models / "_index.py").write_text(
        INDEX_HEADER
        + f"MODULES: dict[str, str] = {{\n{entries}}}\n\n"
        + "#: the package's `__all__`\nALL: tuple[str, ...] = tuple(MODULES)\n"
    )
    for target in (models / "_all.py", models / "_index.py"):
        _format(target)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
