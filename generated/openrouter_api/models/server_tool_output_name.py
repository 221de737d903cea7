from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_tool_api_format import ServerToolApiFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerToolOutputName")


@_attrs_define
class ServerToolOutputName:
    """How a call shows up in the answer on one API format.

    Attributes:
        api_format (ServerToolApiFormat | str):
        type_ (str): Output item type (Responses), content block type (Anthropic Messages) or `reasoning_details[].type`
            (chat).
        name (str | Unset): The `server_tool_use` block name on Anthropic Messages, when it appears as one.
    """

    api_format: ServerToolApiFormat | str
    type_: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_format: str
        if isinstance(self.api_format, ServerToolApiFormat):
            api_format = self.api_format.value
        else:
            api_format = self.api_format

        type_ = self.type_

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_format": api_format,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_api_format(data: object) -> ServerToolApiFormat | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                api_format_type_0 = ServerToolApiFormat._parse(data)

                return api_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ServerToolApiFormat | str", data)

        api_format = _parse_api_format(d.pop("api_format"))

        type_ = d.pop("type")

        name = d.pop("name", UNSET)

        server_tool_output_name = cls(
            api_format=api_format,
            type_=type_,
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
