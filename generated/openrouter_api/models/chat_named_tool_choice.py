from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class ChatNamedToolChoice(_Model):
    """Force a call of one named function.

    Attributes:
        type (Literal['function']):
        function (ChatNamedToolChoiceFunction):
    """

    __slots__ = (
        "type",
        "function",
        "additional_properties",
    )

    type: Literal["function"]
    function: ChatNamedToolChoiceFunction
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["function"],
        function: ChatNamedToolChoiceFunction,
    ) -> None:
        self.type = type
        self.function = function
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["function"]', d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        function = ChatNamedToolChoiceFunction.from_dict(d.pop("function"))

        chat_named_tool_choice = cls(
            type=type_,
            function=function,
        )

        chat_named_tool_choice.additional_properties = d
        return chat_named_tool_choice

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
from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction  # noqa: E402
