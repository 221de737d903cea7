from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.server_tool_api_format import ServerToolApiFormat
from ..types import ReadModel as _ReadModel


class ServerToolOutputName(_ReadModel):
    """How a call shows up in the answer on one API format.

    Attributes:
        api_format (ServerToolApiFormat | str):
        type (str): Output item type (Responses), content block type (Anthropic Messages) or `reasoning_details[].type`
            (chat).
        name (str | None): The `server_tool_use` block name on Anthropic Messages, when it appears as one.
    """

    __slots__ = (
        "api_format",
        "type",
        "name",
        "additional_properties",
    )

    api_format: ServerToolApiFormat | str
    type: str
    name: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        api_format: ServerToolApiFormat | str,
        type: str,
        name: str | None = None,
    ) -> None:
        self.api_format = api_format
        self.type = type
        self.name = name
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("api_format", "api_format", True, "ServerToolApiFormat | str"),
        ("type", "type", True, "str"),
        ("name", "name", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _api_format = d.pop("api_format", None)
        api_format: Any = _read_api_format(_api_format)
        type_ = d.pop("type", None)
        name = d.pop("name", None)
        server_tool_output_name = cls(
            api_format=api_format,
            type=type_,
            name=name,
        )
        server_tool_output_name.additional_properties = d
        return server_tool_output_name

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


def _read_api_format(data: Any) -> Any:
    if isinstance(data, str):
        if data in ServerToolApiFormat._value2member_map_:
            return ServerToolApiFormat._value2member_map_[data]
    return data
