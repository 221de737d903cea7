from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_tool_api_format import ServerToolApiFormat

T = TypeVar("T", bound="ServerToolAlias")


@_attrs_define
class ServerToolAlias:
    """One accepted `tools[].type` spelling.

    Attributes:
        type_ (str):
        api_formats (list[ServerToolApiFormat | str]):
        output_names (list[ServerToolOutputName]):
    """

    type_: str
    api_formats: list[ServerToolApiFormat | str]
    output_names: list[ServerToolOutputName]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        api_formats = []
        for api_formats_item_data in self.api_formats:
            api_formats_item: str
            if isinstance(api_formats_item_data, ServerToolApiFormat):
                api_formats_item = api_formats_item_data.value
            else:
                api_formats_item = api_formats_item_data
            api_formats.append(api_formats_item)

        output_names = []
        for output_names_item_data in self.output_names:
            output_names_item = output_names_item_data.to_dict()
            output_names.append(output_names_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "api_formats": api_formats,
                "output_names": output_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_api_formats_item(data: object) -> ServerToolApiFormat | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                api_formats_item_type_0 = ServerToolApiFormat._parse(data)

                return api_formats_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ServerToolApiFormat | str", data)

        api_formats = []
        _api_formats = d.pop("api_formats")
        for api_formats_item_data in _api_formats:
            api_formats_item = _parse_api_formats_item(api_formats_item_data)
            api_formats.append(api_formats_item)

        output_names = []
        _output_names = d.pop("output_names")
        for output_names_item_data in _output_names:
            output_names_item = ServerToolOutputName.from_dict(output_names_item_data)

            output_names.append(output_names_item)

        server_tool_alias = cls(
            type_=type_,
            api_formats=api_formats,
            output_names=output_names,
        )

        server_tool_alias.additional_properties = d
        return server_tool_alias

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
from ..models.server_tool_output_name import ServerToolOutputName  # noqa: E402
