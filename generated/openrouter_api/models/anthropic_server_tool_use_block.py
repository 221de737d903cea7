from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class AnthropicServerToolUseBlock(_ReadModel):
    """
    Attributes:
        type (Literal['server_tool_use']):
        id (str):
        name (str):
        input (Any):
        caller (AnthropicServerToolUseBlockCallerType0 | None):
    """

    __slots__ = (
        "type",
        "id",
        "name",
        "input",
        "caller",
        "additional_properties",
    )

    type: Literal["server_tool_use"]
    id: str
    name: str
    input: Any
    caller: AnthropicServerToolUseBlockCallerType0 | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["server_tool_use"],
        id: str,
        name: str,
        input: Any = None,
        caller: AnthropicServerToolUseBlockCallerType0 | None = None,
    ) -> None:
        self.type = type
        self.id = id
        self.name = name
        self.input = input
        self.caller = caller
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['server_tool_use']"),
        ("id", "id", True, "str"),
        ("name", "name", True, "str"),
        ("input", "input", False, "Any"),
        ("caller", "caller", False, "AnthropicServerToolUseBlockCallerType0 | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        id = d.pop("id", None)
        name = d.pop("name", None)
        input_ = d.pop("input", None)
        _caller = d.pop("caller", None)
        caller: Any = _read_caller(_caller)
        anthropic_server_tool_use_block = cls(
            type=type_,
            id=id,
            name=name,
            input=input_,
            caller=caller,
        )
        anthropic_server_tool_use_block.additional_properties = d
        return anthropic_server_tool_use_block

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_caller(data: Any) -> Any:
    if isinstance(data, dict):
        return AnthropicServerToolUseBlockCallerType0.from_dict(data)
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.anthropic_server_tool_use_block_caller_type_0 import (
    AnthropicServerToolUseBlockCallerType0,  # noqa: E402
)
