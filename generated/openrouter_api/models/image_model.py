from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ImageModel(_ReadModel):
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

    __slots__ = (
        "id",
        "name",
        "created",
        "description",
        "endpoints",
        "architecture",
        "supported_parameters",
        "supports_streaming",
        "additional_properties",
    )

    id: str
    name: str
    created: int
    description: str
    endpoints: str
    architecture: ImageModelArchitecture
    supported_parameters: ImageSupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        name: str,
        created: int,
        description: str,
        endpoints: str,
        architecture: ImageModelArchitecture,
        supported_parameters: ImageSupportedParameters,
        supports_streaming: bool,
    ) -> None:
        self.id = id
        self.name = name
        self.created = created
        self.description = description
        self.endpoints = endpoints
        self.architecture = architecture
        self.supported_parameters = supported_parameters
        self.supports_streaming = supports_streaming
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("name", "name", True, "str"),
        ("created", "created", True, "int"),
        ("description", "description", True, "str"),
        ("endpoints", "endpoints", True, "str"),
        ("architecture", "architecture", True, "ImageModelArchitecture"),
        ("supported_parameters", "supported_parameters", True, "ImageSupportedParameters"),
        ("supports_streaming", "supports_streaming", True, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        name = d.pop("name", None)
        created = d.pop("created", None)
        description = d.pop("description", None)
        endpoints = d.pop("endpoints", None)
        _architecture = d.pop("architecture", None)
        architecture: Any = (
            ImageModelArchitecture.from_dict(_architecture)
            if isinstance(_architecture, dict)
            else _architecture
        )
        _supported_parameters = d.pop("supported_parameters", None)
        supported_parameters: Any = (
            ImageSupportedParameters.from_dict(_supported_parameters)
            if isinstance(_supported_parameters, dict)
            else _supported_parameters
        )
        supports_streaming = d.pop("supports_streaming", None)
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
