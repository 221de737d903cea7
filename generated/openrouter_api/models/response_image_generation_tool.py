from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..models.response_image_generation_tool_background_known import (
    ResponseImageGenerationToolBackgroundKnown,
)
from ..models.response_image_generation_tool_input_fidelity_known import (
    ResponseImageGenerationToolInputFidelityKnown,
)
from ..models.response_image_generation_tool_moderation_known import (
    ResponseImageGenerationToolModerationKnown,
)
from ..models.response_image_generation_tool_output_format_known import (
    ResponseImageGenerationToolOutputFormatKnown,
)
from ..models.response_image_generation_tool_quality_known import (
    ResponseImageGenerationToolQualityKnown,
)
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseImageGenerationTool(_ReadModel):
    """
    Attributes:
        type (Literal['image_generation']):
        model (str | None):
        size (str | None):
        quality (ResponseImageGenerationToolQualityKnown | str | None):
        background (ResponseImageGenerationToolBackgroundKnown | str | None):
        output_format (ResponseImageGenerationToolOutputFormatKnown | str | None):
        output_compression (int | None):
        moderation (ResponseImageGenerationToolModerationKnown | str | None):
        partial_images (int | None):
        input_fidelity (ResponseImageGenerationToolInputFidelityKnown | str | None):
        input_image_mask (ResponseImageGenerationToolInputImageMask | None): `image_url` or `file_id` of a mask image.
    """

    __slots__ = (
        "type",
        "model",
        "size",
        "quality",
        "background",
        "output_format",
        "output_compression",
        "moderation",
        "partial_images",
        "input_fidelity",
        "input_image_mask",
        "additional_properties",
    )

    type: Literal["image_generation"]
    model: str | None
    size: str | None
    quality: ResponseImageGenerationToolQualityKnown | str | None
    background: ResponseImageGenerationToolBackgroundKnown | str | None
    output_format: ResponseImageGenerationToolOutputFormatKnown | str | None
    output_compression: int | None
    moderation: ResponseImageGenerationToolModerationKnown | str | None
    partial_images: int | None
    input_fidelity: ResponseImageGenerationToolInputFidelityKnown | str | None
    input_image_mask: ResponseImageGenerationToolInputImageMask | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["image_generation"],
        model: str | None = None,
        size: str | None = None,
        quality: ResponseImageGenerationToolQualityKnown | str | None = None,
        background: ResponseImageGenerationToolBackgroundKnown | str | None = None,
        output_format: ResponseImageGenerationToolOutputFormatKnown | str | None = None,
        output_compression: int | None = None,
        moderation: ResponseImageGenerationToolModerationKnown | str | None = None,
        partial_images: int | None = None,
        input_fidelity: ResponseImageGenerationToolInputFidelityKnown | str | None = None,
        input_image_mask: ResponseImageGenerationToolInputImageMask | None = None,
    ) -> None:
        self.type = type
        self.model = model
        self.size = size
        self.quality = quality
        self.background = background
        self.output_format = output_format
        self.output_compression = output_compression
        self.moderation = moderation
        self.partial_images = partial_images
        self.input_fidelity = input_fidelity
        self.input_image_mask = input_image_mask
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['image_generation']"),
        ("model", "model", False, "str"),
        ("size", "size", False, "str"),
        ("quality", "quality", False, "ResponseImageGenerationToolQualityKnown | str"),
        ("background", "background", False, "ResponseImageGenerationToolBackgroundKnown | str"),
        (
            "output_format",
            "output_format",
            False,
            "ResponseImageGenerationToolOutputFormatKnown | str",
        ),
        ("output_compression", "output_compression", False, "int"),
        ("moderation", "moderation", False, "ResponseImageGenerationToolModerationKnown | str"),
        ("partial_images", "partial_images", False, "int"),
        (
            "input_fidelity",
            "input_fidelity",
            False,
            "ResponseImageGenerationToolInputFidelityKnown | str",
        ),
        (
            "input_image_mask",
            "input_image_mask",
            False,
            "ResponseImageGenerationToolInputImageMask",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.model = _json_get_("model")
        _new_model_.size = _json_get_("size")
        _quality = _json_get_("quality")
        quality: Any = (
            ResponseImageGenerationToolQualityKnown._value2member_map_.get(_quality, _quality)
            if isinstance(_quality, str)
            else _quality
        )
        _new_model_.quality = quality
        _background = _json_get_("background")
        background: Any = (
            ResponseImageGenerationToolBackgroundKnown._value2member_map_.get(
                _background, _background
            )
            if isinstance(_background, str)
            else _background
        )
        _new_model_.background = background
        _output_format = _json_get_("output_format")
        output_format: Any = (
            ResponseImageGenerationToolOutputFormatKnown._value2member_map_.get(
                _output_format, _output_format
            )
            if isinstance(_output_format, str)
            else _output_format
        )
        _new_model_.output_format = output_format
        _new_model_.output_compression = _json_get_("output_compression")
        _moderation = _json_get_("moderation")
        moderation: Any = (
            ResponseImageGenerationToolModerationKnown._value2member_map_.get(
                _moderation, _moderation
            )
            if isinstance(_moderation, str)
            else _moderation
        )
        _new_model_.moderation = moderation
        _new_model_.partial_images = _json_get_("partial_images")
        _input_fidelity = _json_get_("input_fidelity")
        input_fidelity: Any = (
            ResponseImageGenerationToolInputFidelityKnown._value2member_map_.get(
                _input_fidelity, _input_fidelity
            )
            if isinstance(_input_fidelity, str)
            else _input_fidelity
        )
        _new_model_.input_fidelity = input_fidelity
        _input_image_mask = _json_get_("input_image_mask")
        input_image_mask: Any = (
            ResponseImageGenerationToolInputImageMask.from_dict(_input_image_mask)
            if isinstance(_input_image_mask, dict)
            else _input_image_mask
        )
        _new_model_.input_image_mask = input_image_mask
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
        "type",
        "model",
        "size",
        "quality",
        "background",
        "output_format",
        "output_compression",
        "moderation",
        "partial_images",
        "input_fidelity",
        "input_image_mask",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_image_generation_tool_input_image_mask import (
        ResponseImageGenerationToolInputImageMask,  # noqa: E402
    )
else:
    ResponseImageGenerationToolInputImageMask = _Deferred_(
        globals(),
        "..models.response_image_generation_tool_input_image_mask",
        "ResponseImageGenerationToolInputImageMask",
    )
