from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.name = _json_get_("name")
        _new_model_.created = _json_get_("created")
        _new_model_.description = _json_get_("description")
        _new_model_.endpoints = _json_get_("endpoints")
        _architecture = _json_get_("architecture")
        architecture: Any = (
            ImageModelArchitecture.from_dict(_architecture)
            if isinstance(_architecture, dict)
            else _architecture
        )
        _new_model_.architecture = architecture
        _supported_parameters = _json_get_("supported_parameters")
        supported_parameters: Any = (
            ImageSupportedParameters.from_dict(_supported_parameters)
            if isinstance(_supported_parameters, dict)
            else _supported_parameters
        )
        _new_model_.supported_parameters = supported_parameters
        _new_model_.supports_streaming = _json_get_("supports_streaming")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "created",
        "description",
        "endpoints",
        "architecture",
        "supported_parameters",
        "supports_streaming",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.image_model_architecture import ImageModelArchitecture  # noqa: E402
    from ..models.image_supported_parameters import ImageSupportedParameters  # noqa: E402
else:
    ImageModelArchitecture = _Deferred_(
        globals(), "..models.image_model_architecture", "ImageModelArchitecture"
    )
    ImageSupportedParameters = _Deferred_(
        globals(), "..models.image_supported_parameters", "ImageSupportedParameters"
    )
