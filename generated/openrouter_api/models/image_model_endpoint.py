from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ImageModelEndpoint(_ReadModel):
    """One provider serving an image model.

    Attributes:
        provider_name (str):
        provider_slug (str):
        provider_tag (None | str): Tag to select this endpoint in provider preferences.
        pricing (list[ImagePricingEntry]):
        supported_parameters (ImageSupportedParameters): Request parameter name mapped to the values it accepts.
        allowed_passthrough_parameters (list[str]): Keys accepted under `provider.options.<provider_slug>`.
        supports_streaming (bool):
    """

    __slots__ = (
        "provider_name",
        "provider_slug",
        "provider_tag",
        "pricing",
        "supported_parameters",
        "allowed_passthrough_parameters",
        "supports_streaming",
        "additional_properties",
    )

    provider_name: str
    provider_slug: str
    provider_tag: None | str
    pricing: list[ImagePricingEntry]
    supported_parameters: ImageSupportedParameters
    allowed_passthrough_parameters: list[str]
    supports_streaming: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        provider_name: str,
        provider_slug: str,
        provider_tag: None | str,
        pricing: list[ImagePricingEntry],
        supported_parameters: ImageSupportedParameters,
        allowed_passthrough_parameters: list[str],
        supports_streaming: bool,
    ) -> None:
        self.provider_name = provider_name
        self.provider_slug = provider_slug
        self.provider_tag = provider_tag
        self.pricing = pricing
        self.supported_parameters = supported_parameters
        self.allowed_passthrough_parameters = allowed_passthrough_parameters
        self.supports_streaming = supports_streaming
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("provider_name", "provider_name", True, "str"),
        ("provider_slug", "provider_slug", True, "str"),
        ("provider_tag", "provider_tag", True, "None | str"),
        ("pricing", "pricing", True, "list[ImagePricingEntry]"),
        ("supported_parameters", "supported_parameters", True, "ImageSupportedParameters"),
        ("allowed_passthrough_parameters", "allowed_passthrough_parameters", True, "list[str]"),
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
        _new_model_.provider_name = _json_get_("provider_name")
        _new_model_.provider_slug = _json_get_("provider_slug")
        _new_model_.provider_tag = _json_get_("provider_tag")
        _pricing = _json_get_("pricing")
        if isinstance(_pricing, list):
            pricing: Any = []
            for _list_item_ in _pricing:
                pricing.append(
                    ImagePricingEntry.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            pricing = _pricing
        _new_model_.pricing = pricing
        _supported_parameters = _json_get_("supported_parameters")
        supported_parameters: Any = (
            ImageSupportedParameters.from_dict(_supported_parameters)
            if isinstance(_supported_parameters, dict)
            else _supported_parameters
        )
        _new_model_.supported_parameters = supported_parameters
        _new_model_.allowed_passthrough_parameters = _json_get_("allowed_passthrough_parameters")
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
        "provider_name",
        "provider_slug",
        "provider_tag",
        "pricing",
        "supported_parameters",
        "allowed_passthrough_parameters",
        "supports_streaming",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.image_pricing_entry import ImagePricingEntry  # noqa: E402
    from ..models.image_supported_parameters import ImageSupportedParameters  # noqa: E402
else:
    ImagePricingEntry = _Deferred_(globals(), "..models.image_pricing_entry", "ImagePricingEntry")
    ImageSupportedParameters = _Deferred_(
        globals(), "..models.image_supported_parameters", "ImageSupportedParameters"
    )
