from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class StopServerToolsWhenMaxTokensUsed(_Model):
    """Stop once the loop's total token use passes this number.

    Attributes:
        type (Literal['max_tokens_used']):
        max_tokens (int):
    """

    __slots__ = (
        "type",
        "max_tokens",
        "additional_properties",
    )

    type: Literal["max_tokens_used"]
    max_tokens: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["max_tokens_used"],
        max_tokens: int,
    ) -> None:
        self.type = type
        self.max_tokens = max_tokens
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "max_tokens": max_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["max_tokens_used"]', d.pop("type"))
        if type_ != "max_tokens_used":
            raise ValueError(f"type must match const 'max_tokens_used', got '{type_}'")

        max_tokens = d.pop("max_tokens")

        stop_server_tools_when_max_tokens_used = cls(
            type=type_,
            max_tokens=max_tokens,
        )

        stop_server_tools_when_max_tokens_used.additional_properties = d
        return stop_server_tools_when_max_tokens_used

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
