"""Function tools from Python: a function's signature, or a model class, as a strict tool.

`tool_from_function(fn)` describes `fn` (its type hints and Google-style docstring) and can run it
with checked arguments; `tool_from_model(Model)` describes a tool whose arguments are a `Model`.
Both return a `FunctionTool`, a dict in the API's tool shape that can be passed as `tools=[...]`.
"""

from __future__ import annotations

import inspect
import json
import re
import typing
from collections.abc import Callable
from typing import Any

from ._schema import SchemaMismatch, convert, strict_parameters, strict_schema, type_name

__all__ = ["FunctionTool", "as_tool", "tool_from_function", "tool_from_model"]

_ARGS = re.compile(r"^\s*(Args|Arguments|Parameters):\s*$")
_ARG = re.compile(r"^\s+(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")


def _docstring(doc: str | None) -> tuple[str | None, dict[str, str]]:
    """(summary, {argument: description}) from a Google-style docstring."""
    if not doc:
        return None, {}
    text = inspect.cleandoc(doc)
    summary = " ".join(text.split("\n\n")[0].split()) or None
    arguments: dict[str, str] = {}
    inside = False
    base: int | None = None  # the indentation of the argument lines
    current: str | None = None
    for line in text.splitlines():
        if _ARGS.match(line):
            inside, base, current = True, None, None
            continue
        if not inside or not line.strip():
            continue
        if not line[0].isspace():
            inside = False  # the next section (Returns:, Raises:...)
            continue
        indent = len(line) - len(line.lstrip())
        base = indent if base is None else base
        match = _ARG.match(line)
        if match and indent == base:
            current = match.group(1).lstrip("*")
            arguments[current] = match.group(2).strip()
        elif current is not None:
            arguments[current] = f"{arguments[current]} {line.strip()}".strip()
    if summary and summary.split(":")[0] in ("Args", "Arguments", "Parameters"):
        summary = None
    return summary, arguments


class FunctionTool(dict[str, Any]):
    """A strict function tool: `{"type": "function", "function": {...}}` plus what runs it.

    Attributes:
        name: the function name the model calls.
        function: the Python callable (None for a tool made from a model class).
        arguments_type: for `tool_from_model`, the class the arguments decode into.
    """

    def __init__(
        self,
        name: str,
        description: str | None,
        parameters: dict[str, Any],
        *,
        function: Callable[..., Any] | None = None,
        hints: dict[str, tuple[Any, bool]] | None = None,
        arguments_type: Any = None,
    ) -> None:
        spec: dict[str, Any] = {"name": name}
        if description:
            spec["description"] = description
        spec["parameters"] = parameters
        spec["strict"] = True
        super().__init__(type="function", function=spec)
        self.name = name
        self.function = function
        self.arguments_type = arguments_type
        self._hints = hints or {}

    def parse_arguments(self, arguments: str | dict[str, Any] | None) -> Any:
        """The call's arguments checked against the schema: keyword arguments for a function
        tool, an instance of the class for a model tool (ValueError naming what is wrong)."""
        data = json.loads(arguments or "{}") if not isinstance(arguments, dict) else arguments
        if self.arguments_type is not None:
            return convert(self.arguments_type, data)
        if not isinstance(data, dict):
            raise SchemaMismatch("the arguments are not a JSON object")
        unknown = sorted(set(data) - set(self._hints))
        if unknown:
            raise SchemaMismatch(f"unexpected arguments {unknown}")
        out: dict[str, Any] = {}
        for name, (hint, has_default) in self._hints.items():
            value = data.get(name)
            if name not in data or (value is None and has_default):
                if not has_default:
                    raise SchemaMismatch(f"{name}: required argument missing")
                continue  # the function's default applies
            out[name] = convert(hint, value, name)
        return out

    def __reduce__(self) -> Any:
        return (dict, (dict(self),))  # a pickled or copied tool is its plain JSON shape


def tool_from_function(
    fn: Callable[..., Any], *, name: str | None = None, description: str | None = None
) -> FunctionTool:
    """A strict function tool describing `fn`, from its type hints and docstring.

    Every parameter needs a type hint (the JSON types, `X | None`, lists, dicts, `Literal`,
    enums, dataclasses, attrs classes, TypedDicts, pydantic models). The docstring's first
    paragraph becomes the description, its `Args:` section the parameters' descriptions.
    """
    signature = inspect.signature(fn)
    hints = typing.get_type_hints(fn, include_extras=True)
    summary, documented = _docstring(fn.__doc__)
    kept: dict[str, tuple[Any, bool]] = {}
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            raise TypeError(f"{fn.__name__}: *args and **kwargs cannot be described as a tool")
        if parameter.name not in hints:
            raise TypeError(f"{fn.__name__}: parameter {parameter.name!r} needs a type hint")
        kept[parameter.name] = (hints[parameter.name], parameter.default is not parameter.empty)
    parameters = strict_parameters({n: hint for n, (hint, _) in kept.items()}, documented)
    return FunctionTool(
        name or type_name(fn),
        description if description is not None else summary,
        parameters,
        function=fn,
        hints=kept,
    )


def tool_from_model(
    model: type[Any], *, name: str | None = None, description: str | None = None
) -> FunctionTool:
    """A strict function tool whose arguments are an instance of `model` (a pydantic model,
    dataclass, attrs class or TypedDict); `parse_arguments` decodes a call's arguments into it.
    """
    schema = strict_schema(model)
    summary = schema.pop("description", None)  # the class's own docstring, not a made-up one
    return FunctionTool(
        name or type_name(model),
        description if description is not None else summary,
        schema,
        arguments_type=model,
    )


def as_tool(tool: Any) -> FunctionTool:
    """A `FunctionTool` for a callable (described with `tool_from_function`) or a tool."""
    if isinstance(tool, FunctionTool):
        return tool
    if callable(tool) and not isinstance(tool, type):
        return tool_from_function(tool)
    raise TypeError(f"tools must be functions or FunctionTool objects, not {type(tool).__name__}")
