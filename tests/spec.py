"""Read `openapi.yaml` and the list of OpenRouter operations once, for the spec tests."""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "patch", "delete")


@dataclass(frozen=True)
class Listed:
    """One row of tests/data/operations.tsv (the operations OpenRouter serves)."""

    tag: str
    method: str
    path: str
    auth: str
    streams: bool


@functools.cache
def spec() -> dict[str, Any]:
    # libyaml's loader when PyYAML has it: four times faster on this 800 KB file.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((ROOT / "openapi.yaml").read_text(), Loader=loader)  # type: ignore[no-any-return]


@functools.cache
def listed() -> tuple[Listed, ...]:
    lines = (ROOT / "tests/data/operations.tsv").read_text().splitlines()
    rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
    return tuple(
        Listed(r["tag"], r["method"].lower(), r["path"], r["auth"], r["streams"] == "yes")
        for r in rows
    )


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation in openapi.yaml."""
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]
