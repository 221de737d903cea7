from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class ResponseToolChoiceFunction(_Model):
    """
    Attributes:
        type (Literal['function']):
        name (str):
    """

    __slots__ = (
        "type",
        "name",
        "additional_properties",
    )

    type: Literal["function"]
    name: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["function"],
        name: str,
    ) -> None:
        self.type = type
        self.name = name
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["function"]', d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        name = d.pop("name")

        response_tool_choice_function = cls(
            type=type_,
            name=name,
        )

        response_tool_choice_function.additional_properties = d
        return response_tool_choice_function

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
