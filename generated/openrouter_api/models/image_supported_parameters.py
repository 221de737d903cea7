from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageSupportedParameters")


@_attrs_define
class ImageSupportedParameters:
    """Request parameter name mapped to the values it accepts."""

    additional_properties: dict[
        str, ImageParameterBoolean | ImageParameterEnum | ImageParameterRange
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ImageParameterEnum):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageParameterRange):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_supported_parameters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> ImageParameterBoolean | ImageParameterEnum | ImageParameterRange:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_image_parameter_capability_type_0 = (
                        ImageParameterEnum.from_dict(data)
                    )

                    return componentsschemas_image_parameter_capability_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_image_parameter_capability_type_1 = (
                        ImageParameterRange.from_dict(data)
                    )

                    return componentsschemas_image_parameter_capability_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_parameter_capability_type_2 = (
                    ImageParameterBoolean.from_dict(data)
                )

                return componentsschemas_image_parameter_capability_type_2

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        image_supported_parameters.additional_properties = additional_properties
        return image_supported_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ImageParameterBoolean | ImageParameterEnum | ImageParameterRange:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ImageParameterBoolean | ImageParameterEnum | ImageParameterRange
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.image_parameter_boolean import ImageParameterBoolean  # noqa: E402
from ..models.image_parameter_enum import ImageParameterEnum  # noqa: E402
from ..models.image_parameter_range import ImageParameterRange  # noqa: E402
