from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageModel")


@_attrs_define
class ImageModel:
    """An image generation model.

    Attributes:
        id (str):
        name (str):
        created (int): Unix seconds when the model was added.
        description (str):
        endpoints (str): Relative URL of this model's endpoint list.
        architecture (ImageModelArchitecture):
        supported_parameters (ImageSupportedParameters): Request parameter name mapped to the values it accepts.
        supports_streaming (bool): True when at least one endpoint streams natively.
    """

    id: str
    name: str
    created: int
    description: str
    endpoints: str
    architecture: ImageModelArchitecture
    supported_parameters: ImageSupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created = self.created

        description = self.description

        endpoints = self.endpoints

        architecture = self.architecture.to_dict()

        supported_parameters = self.supported_parameters.to_dict()

        supports_streaming = self.supports_streaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created": created,
                "description": description,
                "endpoints": endpoints,
                "architecture": architecture,
                "supported_parameters": supported_parameters,
                "supports_streaming": supports_streaming,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created = d.pop("created")

        description = d.pop("description")

        endpoints = d.pop("endpoints")

        architecture = ImageModelArchitecture.from_dict(d.pop("architecture"))

        supported_parameters = ImageSupportedParameters.from_dict(d.pop("supported_parameters"))

        supports_streaming = d.pop("supports_streaming")

        image_model = cls(
            id=id,
            name=name,
            created=created,
            description=description,
            endpoints=endpoints,
            architecture=architecture,
            supported_parameters=supported_parameters,
            supports_streaming=supports_streaming,
        )

        image_model.additional_properties = d
        return image_model

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
from ..models.image_model_architecture import ImageModelArchitecture  # noqa: E402
from ..models.image_supported_parameters import ImageSupportedParameters  # noqa: E402
