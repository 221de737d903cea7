from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicServerToolUseBlock")


@_attrs_define
class AnthropicServerToolUseBlock:
    """
    Attributes:
        type_ (Literal['server_tool_use']):
        id (str):
        name (str):
        input_ (Any | Unset):
        caller (AnthropicServerToolUseBlockCallerType0 | None | Unset):
    """

    type_: Literal["server_tool_use"]
    id: str
    name: str
    input_: Any | Unset = UNSET
    caller: AnthropicServerToolUseBlockCallerType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        input_ = self.input_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, AnthropicServerToolUseBlockCallerType0):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if caller is not UNSET:
            field_dict["caller"] = caller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["server_tool_use"]', d.pop("type"))
        if type_ != "server_tool_use":
            raise ValueError(f"type must match const 'server_tool_use', got '{type_}'")

        id = d.pop("id")

        name = d.pop("name")

        input_ = d.pop("input", UNSET)

        def _parse_caller(data: object) -> AnthropicServerToolUseBlockCallerType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_0 = AnthropicServerToolUseBlockCallerType0.from_dict(data)

                return caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicServerToolUseBlockCallerType0 | None | Unset", data)

        caller = _parse_caller(d.pop("caller", UNSET))

        anthropic_server_tool_use_block = cls(
            type_=type_,
            id=id,
            name=name,
            input_=input_,
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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.anthropic_server_tool_use_block_caller_type_0 import (
    AnthropicServerToolUseBlockCallerType0,  # noqa: E402
)
