from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelEndpointToolChoiceSupport")


@_attrs_define
class ModelEndpointToolChoiceSupport:
    """Which `tool_choice` values passed testing on this endpoint.

    Attributes:
        auto (bool | Unset):
        none (bool | Unset):
        required (bool | Unset):
        function (bool | Unset):
    """

    auto: bool | Unset = UNSET
    none: bool | Unset = UNSET
    required: bool | Unset = UNSET
    function: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto = self.auto

        none = self.none

        required = self.required

        function = self.function

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto is not UNSET:
            field_dict["auto"] = auto
        if none is not UNSET:
            field_dict["none"] = none
        if required is not UNSET:
            field_dict["required"] = required
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto = d.pop("auto", UNSET)

        none = d.pop("none", UNSET)

        required = d.pop("required", UNSET)

        function = d.pop("function", UNSET)

        model_endpoint_tool_choice_support = cls(
            auto=auto,
            none=none,
            required=required,
            function=function,
        )

        model_endpoint_tool_choice_support.additional_properties = d
        return model_endpoint_tool_choice_support

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
