from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponsePromptTemplateVariablesType0")


@_attrs_define
class ResponsePromptTemplateVariablesType0:
    additional_properties: dict[
        str, ResponseInputFile | ResponseInputImage | ResponseInputText | str
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ResponseInputText):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ResponseInputImage):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ResponseInputFile):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_prompt_template_variables_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> ResponseInputFile | ResponseInputImage | ResponseInputText | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = ResponseInputText.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = ResponseInputImage.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = ResponseInputFile.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    "ResponseInputFile | ResponseInputImage | ResponseInputText | str", data
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        response_prompt_template_variables_type_0.additional_properties = additional_properties
        return response_prompt_template_variables_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ResponseInputFile | ResponseInputImage | ResponseInputText | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ResponseInputFile | ResponseInputImage | ResponseInputText | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_input_file import ResponseInputFile  # noqa: E402
from ..models.response_input_image import ResponseInputImage  # noqa: E402
from ..models.response_input_text import ResponseInputText  # noqa: E402
