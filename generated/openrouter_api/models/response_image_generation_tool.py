from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_image_generation_tool_background import ResponseImageGenerationToolBackground
from ..models.response_image_generation_tool_input_fidelity import (
    ResponseImageGenerationToolInputFidelity,
)
from ..models.response_image_generation_tool_moderation import ResponseImageGenerationToolModeration
from ..models.response_image_generation_tool_output_format import (
    ResponseImageGenerationToolOutputFormat,
)
from ..models.response_image_generation_tool_quality import ResponseImageGenerationToolQuality
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseImageGenerationTool")


@_attrs_define
class ResponseImageGenerationTool:
    """
    Attributes:
        type_ (Literal['image_generation']):
        model (str | Unset):
        size (str | Unset):
        quality (ResponseImageGenerationToolQuality | Unset):
        background (ResponseImageGenerationToolBackground | Unset):
        output_format (ResponseImageGenerationToolOutputFormat | Unset):
        output_compression (int | Unset):
        moderation (ResponseImageGenerationToolModeration | Unset):
        partial_images (int | Unset):
        input_fidelity (ResponseImageGenerationToolInputFidelity | Unset):
        input_image_mask (ResponseImageGenerationToolInputImageMask | Unset): `image_url` or `file_id` of a mask image.
    """

    type_: Literal["image_generation"]
    model: str | Unset = UNSET
    size: str | Unset = UNSET
    quality: ResponseImageGenerationToolQuality | Unset = UNSET
    background: ResponseImageGenerationToolBackground | Unset = UNSET
    output_format: ResponseImageGenerationToolOutputFormat | Unset = UNSET
    output_compression: int | Unset = UNSET
    moderation: ResponseImageGenerationToolModeration | Unset = UNSET
    partial_images: int | Unset = UNSET
    input_fidelity: ResponseImageGenerationToolInputFidelity | Unset = UNSET
    input_image_mask: ResponseImageGenerationToolInputImageMask | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model = self.model

        size = self.size

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.value

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.value

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        output_compression = self.output_compression

        moderation: str | Unset = UNSET
        if not isinstance(self.moderation, Unset):
            moderation = self.moderation.value

        partial_images = self.partial_images

        input_fidelity: str | Unset = UNSET
        if not isinstance(self.input_fidelity, Unset):
            input_fidelity = self.input_fidelity.value

        input_image_mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_image_mask, Unset):
            input_image_mask = self.input_image_mask.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if input_image_mask is not UNSET:
            field_dict["input_image_mask"] = input_image_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["image_generation"]', d.pop("type"))
        if type_ != "image_generation":
            raise ValueError(f"type must match const 'image_generation', got '{type_}'")

        model = d.pop("model", UNSET)

        size = d.pop("size", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: ResponseImageGenerationToolQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = ResponseImageGenerationToolQuality._parse(_quality)

        _background = d.pop("background", UNSET)
        background: ResponseImageGenerationToolBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = ResponseImageGenerationToolBackground._parse(_background)

        _output_format = d.pop("output_format", UNSET)
        output_format: ResponseImageGenerationToolOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ResponseImageGenerationToolOutputFormat._parse(_output_format)

        output_compression = d.pop("output_compression", UNSET)

        _moderation = d.pop("moderation", UNSET)
        moderation: ResponseImageGenerationToolModeration | Unset
        if isinstance(_moderation, Unset):
            moderation = UNSET
        else:
            moderation = ResponseImageGenerationToolModeration._parse(_moderation)

        partial_images = d.pop("partial_images", UNSET)

        _input_fidelity = d.pop("input_fidelity", UNSET)
        input_fidelity: ResponseImageGenerationToolInputFidelity | Unset
        if isinstance(_input_fidelity, Unset):
            input_fidelity = UNSET
        else:
            input_fidelity = ResponseImageGenerationToolInputFidelity._parse(_input_fidelity)

        _input_image_mask = d.pop("input_image_mask", UNSET)
        input_image_mask: ResponseImageGenerationToolInputImageMask | Unset
        if isinstance(_input_image_mask, Unset):
            input_image_mask = UNSET
        else:
            input_image_mask = ResponseImageGenerationToolInputImageMask.from_dict(
                _input_image_mask
            )

        response_image_generation_tool = cls(
            type_=type_,
            model=model,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
            output_compression=output_compression,
            moderation=moderation,
            partial_images=partial_images,
            input_fidelity=input_fidelity,
            input_image_mask=input_image_mask,
        )

        response_image_generation_tool.additional_properties = d
        return response_image_generation_tool

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
from ..models.response_image_generation_tool_input_image_mask import (
    ResponseImageGenerationToolInputImageMask,  # noqa: E402
)
