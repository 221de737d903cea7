"""Keep README.md's "Every operation" table in step with the generated package (`make generate`).

Each tag's row lists the methods of its resource, in operation-id order. The prose in a row's
"client attribute" cell is hand-written and kept; a tag the table does not have yet gets a row of
its own, in alphabetical order. `python -m tests.readme_operations --check` only reports.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from openrouter_api.api import OPERATIONS

from tests.spec import operations

README = Path(__file__).resolve().parent.parent / "README.md"
HEADER = "| tag | client attribute | methods |"


def methods_by_tag() -> dict[str, tuple[str, list[str]]]:
    """Tag name -> (client attribute, its methods in operation-id order)."""
    tag_names = {op["operationId"]: op["tags"][0] for _, _, op in operations()}
    found: dict[str, tuple[str, list[str]]] = {}
    by_attribute: defaultdict[str, list[str]] = defaultdict(list)
    for operation_id in sorted(OPERATIONS):
        attribute, method = OPERATIONS[operation_id]
        by_attribute[attribute].append(method)
        found[tag_names[operation_id]] = (attribute.rstrip("_"), by_attribute[attribute])
    return found


def updated(text: str) -> str:
    """`text` with the table's rows rewritten from the generated package."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(HEADER)) + 2
    end = next(i for i in range(start, len(lines)) if not lines[i].startswith("| "))
    cells = {}
    for line in lines[start:end]:
        tag, attribute = (cell.strip() for cell in line.strip().strip("|").split("|")[:2])
        cells[tag] = attribute
    rows = []
    for tag, (attribute, methods) in methods_by_tag().items():
        shown = cells.get(tag, f"`{attribute}`")
        rows.append((tag, f"| {tag} | {shown} | {', '.join(f'`{m}`' for m in methods)} |\n"))
    rows.sort(key=lambda row: row[0].lower())
    return "".join([*lines[:start], *(row for _, row in rows), *lines[end:]])


def main(argv: list[str]) -> int:
    text = README.read_text()
    new = updated(text)
    if new == text:
        return 0
    if "--check" in argv:
        print("README.md's operation table is out of date: run `make generate`", file=sys.stderr)
        return 1
    README.write_text(new)
    print("README.md: operation table updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
