from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_aspect_ratio import VideoAspectRatio
from ..models.video_frame_type import VideoFrameType
from ..models.video_resolution import VideoResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoModel")


@_attrs_define
class VideoModel:
    """A video generation model and the options it accepts (null where not applicable).

    Attributes:
        id (str):
        canonical_slug (str):
        name (str):
        created (int): Unix seconds when the model was added.
        allowed_passthrough_parameters (list[str]): Keys accepted under `provider.options.<provider_slug>`.
        generate_audio (bool | None): Whether the model can add a soundtrack.
        seed (bool | None): Whether the model honours `seed`.
        creativity (list[int] | None): Creativity levels (upscaling models).
        upscale_factor (None | VideoUpscaleRange):
        supported_durations (list[int] | None):
        supported_resolutions (list[str | VideoResolution] | None):
        supported_aspect_ratios (list[str | VideoAspectRatio] | None):
        supported_sizes (list[str] | None): Exact `WIDTHxHEIGHT` sizes, e.g. `1280x720`.
        supported_frame_images (list[str | VideoFrameType] | None):
        description (str | Unset):
        hugging_face_id (None | str | Unset):
        pricing_skus (None | Unset | VideoPricingSkus):
    """

    id: str
    canonical_slug: str
    name: str
    created: int
    allowed_passthrough_parameters: list[str]
    generate_audio: bool | None
    seed: bool | None
    creativity: list[int] | None
    upscale_factor: None | VideoUpscaleRange
    supported_durations: list[int] | None
    supported_resolutions: list[str | VideoResolution] | None
    supported_aspect_ratios: list[str | VideoAspectRatio] | None
    supported_sizes: list[str] | None
    supported_frame_images: list[str | VideoFrameType] | None
    description: str | Unset = UNSET
    hugging_face_id: None | str | Unset = UNSET
    pricing_skus: None | Unset | VideoPricingSkus = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        canonical_slug = self.canonical_slug

        name = self.name

        created = self.created

        allowed_passthrough_parameters = self.allowed_passthrough_parameters

        generate_audio: bool | None
        generate_audio = self.generate_audio

        seed: bool | None
        seed = self.seed

        creativity: list[int] | None
        if isinstance(self.creativity, list):
            creativity = self.creativity

        else:
            creativity = self.creativity

        upscale_factor: dict[str, Any] | None
        if isinstance(self.upscale_factor, VideoUpscaleRange):
            upscale_factor = self.upscale_factor.to_dict()
        else:
            upscale_factor = self.upscale_factor

        supported_durations: list[int] | None
        if isinstance(self.supported_durations, list):
            supported_durations = self.supported_durations

        else:
            supported_durations = self.supported_durations

        supported_resolutions: list[str] | None
        if isinstance(self.supported_resolutions, list):
            supported_resolutions = []
            for supported_resolutions_type_0_item_data in self.supported_resolutions:
                supported_resolutions_type_0_item: str
                if isinstance(supported_resolutions_type_0_item_data, VideoResolution):
                    supported_resolutions_type_0_item = supported_resolutions_type_0_item_data.value
                else:
                    supported_resolutions_type_0_item = supported_resolutions_type_0_item_data
                supported_resolutions.append(supported_resolutions_type_0_item)

        else:
            supported_resolutions = self.supported_resolutions

        supported_aspect_ratios: list[str] | None
        if isinstance(self.supported_aspect_ratios, list):
            supported_aspect_ratios = []
            for supported_aspect_ratios_type_0_item_data in self.supported_aspect_ratios:
                supported_aspect_ratios_type_0_item: str
                if isinstance(supported_aspect_ratios_type_0_item_data, VideoAspectRatio):
                    supported_aspect_ratios_type_0_item = (
                        supported_aspect_ratios_type_0_item_data.value
                    )
                else:
                    supported_aspect_ratios_type_0_item = supported_aspect_ratios_type_0_item_data
                supported_aspect_ratios.append(supported_aspect_ratios_type_0_item)

        else:
            supported_aspect_ratios = self.supported_aspect_ratios

        supported_sizes: list[str] | None
        if isinstance(self.supported_sizes, list):
            supported_sizes = self.supported_sizes

        else:
            supported_sizes = self.supported_sizes

        supported_frame_images: list[str] | None
        if isinstance(self.supported_frame_images, list):
            supported_frame_images = []
            for supported_frame_images_type_0_item_data in self.supported_frame_images:
                supported_frame_images_type_0_item: str
                if isinstance(supported_frame_images_type_0_item_data, VideoFrameType):
                    supported_frame_images_type_0_item = (
                        supported_frame_images_type_0_item_data.value
                    )
                else:
                    supported_frame_images_type_0_item = supported_frame_images_type_0_item_data
                supported_frame_images.append(supported_frame_images_type_0_item)

        else:
            supported_frame_images = self.supported_frame_images

        description = self.description

        hugging_face_id: None | str | Unset
        if isinstance(self.hugging_face_id, Unset):
            hugging_face_id = UNSET
        else:
            hugging_face_id = self.hugging_face_id

        pricing_skus: dict[str, Any] | None | Unset
        if isinstance(self.pricing_skus, Unset):
            pricing_skus = UNSET
        elif isinstance(self.pricing_skus, VideoPricingSkus):
            pricing_skus = self.pricing_skus.to_dict()
        else:
            pricing_skus = self.pricing_skus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "canonical_slug": canonical_slug,
                "name": name,
                "created": created,
                "allowed_passthrough_parameters": allowed_passthrough_parameters,
                "generate_audio": generate_audio,
                "seed": seed,
                "creativity": creativity,
                "upscale_factor": upscale_factor,
                "supported_durations": supported_durations,
                "supported_resolutions": supported_resolutions,
                "supported_aspect_ratios": supported_aspect_ratios,
                "supported_sizes": supported_sizes,
                "supported_frame_images": supported_frame_images,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if hugging_face_id is not UNSET:
            field_dict["hugging_face_id"] = hugging_face_id
        if pricing_skus is not UNSET:
            field_dict["pricing_skus"] = pricing_skus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        canonical_slug = d.pop("canonical_slug")

        name = d.pop("name")

        created = d.pop("created")

        allowed_passthrough_parameters = cast("list[str]", d.pop("allowed_passthrough_parameters"))

        generate_audio = cast("bool | None", d.pop("generate_audio"))

        seed = cast("bool | None", d.pop("seed"))

        def _parse_creativity(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                creativity_type_0 = cast("list[int]", data)

                return creativity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[int] | None", data)

        creativity = _parse_creativity(d.pop("creativity"))

        def _parse_upscale_factor(data: object) -> None | VideoUpscaleRange:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upscale_factor_type_0 = VideoUpscaleRange.from_dict(data)

                return upscale_factor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | VideoUpscaleRange", data)

        upscale_factor = _parse_upscale_factor(d.pop("upscale_factor"))

        def _parse_supported_durations(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_durations_type_0 = cast("list[int]", data)

                return supported_durations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[int] | None", data)

        supported_durations = _parse_supported_durations(d.pop("supported_durations"))

        def _parse_supported_resolutions(data: object) -> list[str | VideoResolution] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_supported_resolutions_type_0_item(data: object) -> str | VideoResolution:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        supported_resolutions_type_0_item_type_0 = VideoResolution._parse(data)

                        return supported_resolutions_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("str | VideoResolution", data)

                supported_resolutions_type_0 = []
                _supported_resolutions_type_0 = data
                for supported_resolutions_type_0_item_data in _supported_resolutions_type_0:
                    supported_resolutions_type_0_item = _parse_supported_resolutions_type_0_item(
                        supported_resolutions_type_0_item_data
                    )
                    supported_resolutions_type_0.append(supported_resolutions_type_0_item)

                return supported_resolutions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str | VideoResolution] | None", data)

        supported_resolutions = _parse_supported_resolutions(d.pop("supported_resolutions"))

        def _parse_supported_aspect_ratios(data: object) -> list[str | VideoAspectRatio] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_supported_aspect_ratios_type_0_item(
                    data: object,
                ) -> str | VideoAspectRatio:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        supported_aspect_ratios_type_0_item_type_0 = VideoAspectRatio._parse(data)

                        return supported_aspect_ratios_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("str | VideoAspectRatio", data)

                supported_aspect_ratios_type_0 = []
                _supported_aspect_ratios_type_0 = data
                for supported_aspect_ratios_type_0_item_data in _supported_aspect_ratios_type_0:
                    supported_aspect_ratios_type_0_item = (
                        _parse_supported_aspect_ratios_type_0_item(
                            supported_aspect_ratios_type_0_item_data
                        )
                    )
                    supported_aspect_ratios_type_0.append(supported_aspect_ratios_type_0_item)

                return supported_aspect_ratios_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str | VideoAspectRatio] | None", data)

        supported_aspect_ratios = _parse_supported_aspect_ratios(d.pop("supported_aspect_ratios"))

        def _parse_supported_sizes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_sizes_type_0 = cast("list[str]", data)

                return supported_sizes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None", data)

        supported_sizes = _parse_supported_sizes(d.pop("supported_sizes"))

        def _parse_supported_frame_images(data: object) -> list[str | VideoFrameType] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_supported_frame_images_type_0_item(data: object) -> str | VideoFrameType:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        supported_frame_images_type_0_item_type_0 = VideoFrameType._parse(data)

                        return supported_frame_images_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("str | VideoFrameType", data)

                supported_frame_images_type_0 = []
                _supported_frame_images_type_0 = data
                for supported_frame_images_type_0_item_data in _supported_frame_images_type_0:
                    supported_frame_images_type_0_item = _parse_supported_frame_images_type_0_item(
                        supported_frame_images_type_0_item_data
                    )
                    supported_frame_images_type_0.append(supported_frame_images_type_0_item)

                return supported_frame_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str | VideoFrameType] | None", data)

        supported_frame_images = _parse_supported_frame_images(d.pop("supported_frame_images"))

        description = d.pop("description", UNSET)

        hugging_face_id = cast("None | str | Unset", d.pop("hugging_face_id", UNSET))

        def _parse_pricing_skus(data: object) -> None | Unset | VideoPricingSkus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_skus_type_0 = VideoPricingSkus.from_dict(data)

                return pricing_skus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | VideoPricingSkus", data)

        pricing_skus = _parse_pricing_skus(d.pop("pricing_skus", UNSET))

        video_model = cls(
            id=id,
            canonical_slug=canonical_slug,
            name=name,
            created=created,
            allowed_passthrough_parameters=allowed_passthrough_parameters,
            generate_audio=generate_audio,
            seed=seed,
            creativity=creativity,
            upscale_factor=upscale_factor,
            supported_durations=supported_durations,
            supported_resolutions=supported_resolutions,
            supported_aspect_ratios=supported_aspect_ratios,
            supported_sizes=supported_sizes,
            supported_frame_images=supported_frame_images,
            description=description,
            hugging_face_id=hugging_face_id,
            pricing_skus=pricing_skus,
        )

        video_model.additional_properties = d
        return video_model

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
from ..models.video_pricing_skus import VideoPricingSkus  # noqa: E402
from ..models.video_upscale_range import VideoUpscaleRange  # noqa: E402
