"""The data models, loaded lazily: a model module is imported the first time its name is used."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Every model, for type checkers; `_all` is never imported at run time (one import statement
    # per model was most of this module's bytecode, about a quarter of a megabyte per process).
    from ._all import *  # noqa: F403


def __getattr__(name: str) -> Any:
    # `_index` (class name -> module, and `__all__`) is loaded by the first lookup by name: code
    # that imports a model's own module (every generated module does) never pays for the table.
    from ._index import ALL, MODULES

    if name == "__all__":
        value: Any = ALL
    else:
        module = MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._index import ALL

    return sorted(ALL)
