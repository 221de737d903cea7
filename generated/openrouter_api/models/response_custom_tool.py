from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCustomTool")


@_attrs_define
class ResponseCustomTool:
    """A free-form tool whose input is plain text, optionally constrained by a grammar.

    Attributes:
        type_ (Literal['custom']):
        name (str):
        description (str | Unset):
        format_ (ResponseCustomToolFormat | Unset): `{type: text}` or `{type: grammar, syntax: lark|regex, definition}`.
        async_ (bool | Unset):
        defer_loading (bool | Unset):
    """

    type_: Literal["custom"]
    name: str
    description: str | Unset = UNSET
    format_: ResponseCustomToolFormat | Unset = UNSET
    async_: bool | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        async_ = self.async_

        defer_loading = self.defer_loading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_
        if async_ is not UNSET:
            field_dict["async"] = async_
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["custom"]', d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: ResponseCustomToolFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseCustomToolFormat.from_dict(_format_)

        async_ = d.pop("async", UNSET)

        defer_loading = d.pop("defer_loading", UNSET)

        response_custom_tool = cls(
            type_=type_,
            name=name,
            description=description,
            format_=format_,
            async_=async_,
            defer_loading=defer_loading,
        )

        response_custom_tool.additional_properties = d
        return response_custom_tool

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
from ..models.response_custom_tool_format import ResponseCustomToolFormat  # noqa: E402
