from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.response_shell_tool_type import ResponseShellToolType
from ..types import ReadModel as _ReadModel


class ResponseShellTool(_ReadModel):
    """Client-executed shell / patch tools that take no settings.

    Attributes:
        type (ResponseShellToolType):
    """

    __slots__ = (
        "type",
        "additional_properties",
    )

    type: ResponseShellToolType
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: ResponseShellToolType,
    ) -> None:
        self.type = type
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "ResponseShellToolType"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _type_ = d.pop("type", None)
        type_: Any = (
            ResponseShellToolType._value2member_map_.get(_type_, _type_)
            if isinstance(_type_, str)
            else _type_
        )
        response_shell_tool = cls(
            type=type_,
        )
        response_shell_tool.additional_properties = d
        return response_shell_tool

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
