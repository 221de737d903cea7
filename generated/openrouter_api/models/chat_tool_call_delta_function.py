from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ChatToolCallDeltaFunction(_ReadModel):
    """
    Attributes:
        name (str | None):
        arguments (str | None):
    """

    __slots__ = (
        "name",
        "arguments",
        "additional_properties",
    )

    name: str | None
    arguments: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str | None = None,
        arguments: str | None = None,
    ) -> None:
        self.name = name
        self.arguments = arguments
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", False, "str"),
        ("arguments", "arguments", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        name = d.pop("name", None)
        arguments = d.pop("arguments", None)
        chat_tool_call_delta_function = cls(
            name=name,
            arguments=arguments,
        )
        chat_tool_call_delta_function.additional_properties = d
        return chat_tool_call_delta_function

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
