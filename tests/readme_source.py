"""README.md's Python blocks as files a type checker reads: `python -m tests.readme_source DIR`.

The blocks the README test runs in order become one module, `DIR/readme_md.py`, in which every
line sits at its README.md line number (so an error at `readme_md.py:157` is README.md line 157).
A block that is a complete test file (first line `# tests/NAME ...`) becomes `DIR/NAME`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def python_blocks(text: str) -> list[tuple[int, str]]:
    """Every Python block of `text` (README.md's contents) with the 0-based line it starts on."""
    return [(text.count("\n", 0, m.start(1)), m.group(1)) for m in _BLOCK.finditer(text)]


def readme_files(text: str) -> dict[str, str]:
    """File name -> source, for every Python block of `text`."""
    files: dict[str, str] = {}
    lines: list[str] = []
    for first, block in python_blocks(text):
        named = re.match(r"# tests/(\S+)", block)
        if named:
            files[named.group(1)] = block
            continue
        lines.extend([""] * (first - len(lines)))
        lines.extend(block.splitlines())
    files["readme_md.py"] = "\n".join(lines) + "\n"
    return files


def main(folder: str) -> None:
    for name, source in readme_files(README.read_text()).items():
        (Path(folder) / name).write_text(source)


if __name__ == "__main__":
    main(sys.argv[1])
