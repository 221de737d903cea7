from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelEndpointNativeTools")


@_attrs_define
class ModelEndpointNativeTools:
    """Server tools this endpoint runs with the provider's own implementation, keyed by `openrouter:*` name."""

    additional_properties: dict[str, ModelEndpointNativeTool] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_endpoint_native_tools = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ModelEndpointNativeTool.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        model_endpoint_native_tools.additional_properties = additional_properties
        return model_endpoint_native_tools

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ModelEndpointNativeTool:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ModelEndpointNativeTool) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.model_endpoint_native_tool import ModelEndpointNativeTool  # noqa: E402
