from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.video_aspect_ratio import VideoAspectRatio
from ..models.video_frame_type import VideoFrameType
from ..models.video_resolution import VideoResolution
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class VideoModel(_ReadModel):
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
        description (str | None):
        hugging_face_id (None | str):
        pricing_skus (None | VideoPricingSkus):
    """

    __slots__ = (
        "id",
        "canonical_slug",
        "name",
        "created",
        "allowed_passthrough_parameters",
        "generate_audio",
        "seed",
        "creativity",
        "upscale_factor",
        "supported_durations",
        "supported_resolutions",
        "supported_aspect_ratios",
        "supported_sizes",
        "supported_frame_images",
        "description",
        "hugging_face_id",
        "pricing_skus",
        "additional_properties",
    )

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
    description: str | None
    hugging_face_id: None | str
    pricing_skus: None | VideoPricingSkus
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        canonical_slug: str,
        name: str,
        created: int,
        allowed_passthrough_parameters: list[str],
        generate_audio: bool | None,
        seed: bool | None,
        creativity: list[int] | None,
        upscale_factor: None | VideoUpscaleRange,
        supported_durations: list[int] | None,
        supported_resolutions: list[str | VideoResolution] | None,
        supported_aspect_ratios: list[str | VideoAspectRatio] | None,
        supported_sizes: list[str] | None,
        supported_frame_images: list[str | VideoFrameType] | None,
        description: str | None = None,
        hugging_face_id: None | str = None,
        pricing_skus: None | VideoPricingSkus = None,
    ) -> None:
        self.id = id
        self.canonical_slug = canonical_slug
        self.name = name
        self.created = created
        self.allowed_passthrough_parameters = allowed_passthrough_parameters
        self.generate_audio = generate_audio
        self.seed = seed
        self.creativity = creativity
        self.upscale_factor = upscale_factor
        self.supported_durations = supported_durations
        self.supported_resolutions = supported_resolutions
        self.supported_aspect_ratios = supported_aspect_ratios
        self.supported_sizes = supported_sizes
        self.supported_frame_images = supported_frame_images
        self.description = description
        self.hugging_face_id = hugging_face_id
        self.pricing_skus = pricing_skus
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("canonical_slug", "canonical_slug", True, "str"),
        ("name", "name", True, "str"),
        ("created", "created", True, "int"),
        ("allowed_passthrough_parameters", "allowed_passthrough_parameters", True, "list[str]"),
        ("generate_audio", "generate_audio", True, "bool | None"),
        ("seed", "seed", True, "bool | None"),
        ("creativity", "creativity", True, "list[int] | None"),
        ("upscale_factor", "upscale_factor", True, "None | VideoUpscaleRange"),
        ("supported_durations", "supported_durations", True, "list[int] | None"),
        (
            "supported_resolutions",
            "supported_resolutions",
            True,
            "list[str | VideoResolution] | None",
        ),
        (
            "supported_aspect_ratios",
            "supported_aspect_ratios",
            True,
            "list[str | VideoAspectRatio] | None",
        ),
        ("supported_sizes", "supported_sizes", True, "list[str] | None"),
        (
            "supported_frame_images",
            "supported_frame_images",
            True,
            "list[str | VideoFrameType] | None",
        ),
        ("description", "description", False, "str"),
        ("hugging_face_id", "hugging_face_id", False, "None | str"),
        ("pricing_skus", "pricing_skus", False, "None | VideoPricingSkus"),
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
        _new_model_.canonical_slug = _json_get_("canonical_slug")
        _new_model_.name = _json_get_("name")
        _new_model_.created = _json_get_("created")
        _new_model_.allowed_passthrough_parameters = _json_get_("allowed_passthrough_parameters")
        _new_model_.generate_audio = _json_get_("generate_audio")
        _new_model_.seed = _json_get_("seed")
        _new_model_.creativity = _json_get_("creativity")
        _upscale_factor = _json_get_("upscale_factor")
        upscale_factor: Any = (
            VideoUpscaleRange.from_dict(_upscale_factor)
            if isinstance(_upscale_factor, dict)
            else _upscale_factor
        )
        _new_model_.upscale_factor = upscale_factor
        _new_model_.supported_durations = _json_get_("supported_durations")
        _supported_resolutions = _json_get_("supported_resolutions")
        supported_resolutions: Any = _read_supported_resolutions(_supported_resolutions)
        _new_model_.supported_resolutions = supported_resolutions
        _supported_aspect_ratios = _json_get_("supported_aspect_ratios")
        supported_aspect_ratios: Any = _read_supported_aspect_ratios(_supported_aspect_ratios)
        _new_model_.supported_aspect_ratios = supported_aspect_ratios
        _new_model_.supported_sizes = _json_get_("supported_sizes")
        _supported_frame_images = _json_get_("supported_frame_images")
        supported_frame_images: Any = _read_supported_frame_images(_supported_frame_images)
        _new_model_.supported_frame_images = supported_frame_images
        _new_model_.description = _json_get_("description")
        _new_model_.hugging_face_id = _json_get_("hugging_face_id")
        _pricing_skus = _json_get_("pricing_skus")
        pricing_skus: Any = (
            VideoPricingSkus.from_dict(_pricing_skus)
            if isinstance(_pricing_skus, dict)
            else _pricing_skus
        )
        _new_model_.pricing_skus = pricing_skus
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
        "canonical_slug",
        "name",
        "created",
        "allowed_passthrough_parameters",
        "generate_audio",
        "seed",
        "creativity",
        "upscale_factor",
        "supported_durations",
        "supported_resolutions",
        "supported_aspect_ratios",
        "supported_sizes",
        "supported_frame_images",
        "description",
        "hugging_face_id",
        "pricing_skus",
    )
)


def _read_supported_resolutions(data: Any) -> Any:
    if isinstance(data, list):
        return read_enum_list(VideoResolution._value2member_map_, data)
    return data


def _read_supported_aspect_ratios(data: Any) -> Any:
    if isinstance(data, list):
        return read_enum_list(VideoAspectRatio._value2member_map_, data)
    return data


def _read_supported_frame_images(data: Any) -> Any:
    if isinstance(data, list):
        return read_enum_list(VideoFrameType._value2member_map_, data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.video_pricing_skus import VideoPricingSkus  # noqa: E402
    from ..models.video_upscale_range import VideoUpscaleRange  # noqa: E402
else:
    VideoPricingSkus = _Deferred_(globals(), "..models.video_pricing_skus", "VideoPricingSkus")
    VideoUpscaleRange = _Deferred_(globals(), "..models.video_upscale_range", "VideoUpscaleRange")
