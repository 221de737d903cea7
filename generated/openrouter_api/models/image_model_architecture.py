from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_input_modality_known import ImageInputModalityKnown
from ..models.image_output_modality_known import ImageOutputModalityKnown

T = TypeVar("T", bound="ImageModelArchitecture")


@_attrs_define
class ImageModelArchitecture:
    """
    Attributes:
        input_modalities (list[ImageInputModalityKnown | str]):
        output_modalities (list[ImageOutputModalityKnown | str]):
    """

    input_modalities: list[ImageInputModalityKnown | str]
    output_modalities: list[ImageOutputModalityKnown | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_modalities = []
        for input_modalities_item_data in self.input_modalities:
            input_modalities_item: str
            if isinstance(input_modalities_item_data, ImageInputModalityKnown):
                input_modalities_item = input_modalities_item_data.value
            else:
                input_modalities_item = input_modalities_item_data
            input_modalities.append(input_modalities_item)

        output_modalities = []
        for output_modalities_item_data in self.output_modalities:
            output_modalities_item: str
            if isinstance(output_modalities_item_data, ImageOutputModalityKnown):
                output_modalities_item = output_modalities_item_data.value
            else:
                output_modalities_item = output_modalities_item_data
            output_modalities.append(output_modalities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_modalities": input_modalities,
                "output_modalities": output_modalities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_input_modalities_item(data: object) -> ImageInputModalityKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_modalities_item_type_0 = ImageInputModalityKnown._parse(data)

                return input_modalities_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ImageInputModalityKnown | str", data)

        input_modalities = []
        _input_modalities = d.pop("input_modalities")
        for input_modalities_item_data in _input_modalities:
            input_modalities_item = _parse_input_modalities_item(input_modalities_item_data)
            input_modalities.append(input_modalities_item)

        def _parse_output_modalities_item(data: object) -> ImageOutputModalityKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_modalities_item_type_0 = ImageOutputModalityKnown._parse(data)

                return output_modalities_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ImageOutputModalityKnown | str", data)

        output_modalities = []
        _output_modalities = d.pop("output_modalities")
        for output_modalities_item_data in _output_modalities:
            output_modalities_item = _parse_output_modalities_item(output_modalities_item_data)
            output_modalities.append(output_modalities_item)

        image_model_architecture = cls(
            input_modalities=input_modalities,
            output_modalities=output_modalities,
        )

        image_model_architecture.additional_properties = d
        return image_model_architecture

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
