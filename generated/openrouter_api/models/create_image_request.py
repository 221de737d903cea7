from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.image_aspect_ratio import ImageAspectRatio
from ..models.image_background import ImageBackground
from ..models.image_output_format import ImageOutputFormat
from ..models.image_quality import ImageQuality
from ..models.image_resolution import ImageResolution
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateImageRequest(_Model):
    """
    Attributes:
        model (str): The image model id, e.g. `openai/gpt-image-1`.
        prompt (str): What the image should show.
        n (int | Unset): Most images to produce (1-10); providers may return fewer, and single-image providers reject n
            > 1.
        size (str | Unset): Shorthand for the output size: a tier such as `2K` (same as `resolution`, combines with
            `aspect_ratio`) or exact pixels such as `2048x2048` (then a conflicting `resolution` or
            `aspect_ratio` is a 400).
        resolution (ImageResolution | Unset): Resolution tier; each provider maps it to concrete pixel sizes.
        aspect_ratio (ImageAspectRatio | Unset): Aspect ratio; providers snap it to the nearest one they support.
        quality (ImageQuality | Unset): Rendering quality; ignored by providers without the setting.
        background (ImageBackground | Unset): Background handling; `transparent` needs png or webp output.
        output_format (ImageOutputFormat | Unset): Image encoding; `svg` (vectorising models only) comes back as base64
            UTF-8 markup.
        output_compression (int | Unset): Compression level for jpeg/webp output; ignored for png and by providers
            without the setting.
        seed (int | Unset): Fixed seed for repeatable output where the provider supports it.
        input_references (list[ReferenceImagePart] | Unset): Images to edit or draw from (http(s) or base64 data URLs).
        provider (ImageProviderPreferences | Unset): Routing preferences for an image request, plus per-provider
            passthrough options.
        stream (bool | Unset): Stream partial images as server-sent events where the provider supports it (false when
            omitted).
        session_id (str | Unset): Groups related requests for observability; wins over the `x-session-id` header. Never
            sent to the provider.
        user (str | Unset): A stable id for your end user, used for abuse detection (hashed before it reaches a
            provider).
        trace (TraceConfig | Unset): Observability fields forwarded to configured broadcast destinations. The named keys
            are
            understood; any other key is passed on as custom metadata.
    """

    __slots__ = (
        "model",
        "prompt",
        "n",
        "size",
        "resolution",
        "aspect_ratio",
        "quality",
        "background",
        "output_format",
        "output_compression",
        "seed",
        "input_references",
        "provider",
        "stream",
        "session_id",
        "user",
        "trace",
        "additional_properties",
    )

    model: str
    prompt: str
    n: int | Unset
    size: str | Unset
    resolution: ImageResolution | Unset
    aspect_ratio: ImageAspectRatio | Unset
    quality: ImageQuality | Unset
    background: ImageBackground | Unset
    output_format: ImageOutputFormat | Unset
    output_compression: int | Unset
    seed: int | Unset
    input_references: list[ReferenceImagePart] | Unset
    provider: ImageProviderPreferences | Unset
    stream: bool | Unset
    session_id: str | Unset
    user: str | Unset
    trace: TraceConfig | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        prompt: str,
        n: int | Unset = UNSET,
        size: str | Unset = UNSET,
        resolution: ImageResolution | Unset = UNSET,
        aspect_ratio: ImageAspectRatio | Unset = UNSET,
        quality: ImageQuality | Unset = UNSET,
        background: ImageBackground | Unset = UNSET,
        output_format: ImageOutputFormat | Unset = UNSET,
        output_compression: int | Unset = UNSET,
        seed: int | Unset = UNSET,
        input_references: list[ReferenceImagePart] | Unset = UNSET,
        provider: ImageProviderPreferences | Unset = UNSET,
        stream: bool | Unset = UNSET,
        session_id: str | Unset = UNSET,
        user: str | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
    ) -> None:
        self.model = model
        self.prompt = prompt
        self.n = n
        self.size = size
        self.resolution = resolution
        self.aspect_ratio = aspect_ratio
        self.quality = quality
        self.background = background
        self.output_format = output_format
        self.output_compression = output_compression
        self.seed = seed
        self.input_references = input_references
        self.provider = provider
        self.stream = stream
        self.session_id = session_id
        self.user = user
        self.trace = trace
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        n = self.n

        size = self.size

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

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

        seed = self.seed

        input_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_references, Unset):
            input_references = []
            for input_references_item_data in self.input_references:
                input_references_item = input_references_item_data.to_dict()
                input_references.append(input_references_item)

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        stream = self.stream

        session_id = self.session_id

        user = self.user

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if n is not UNSET:
            field_dict["n"] = n
        if size is not UNSET:
            field_dict["size"] = size
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if quality is not UNSET:
            field_dict["quality"] = quality
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if seed is not UNSET:
            field_dict["seed"] = seed
        if input_references is not UNSET:
            field_dict["input_references"] = input_references
        if provider is not UNSET:
            field_dict["provider"] = provider
        if stream is not UNSET:
            field_dict["stream"] = stream
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if user is not UNSET:
            field_dict["user"] = user
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        n = d.pop("n", UNSET)

        size = d.pop("size", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ImageResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = ImageResolution._parse(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ImageAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = ImageAspectRatio._parse(_aspect_ratio)

        _quality = d.pop("quality", UNSET)
        quality: ImageQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = ImageQuality._parse(_quality)

        _background = d.pop("background", UNSET)
        background: ImageBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = ImageBackground._parse(_background)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageOutputFormat._parse(_output_format)

        output_compression = d.pop("output_compression", UNSET)

        seed = d.pop("seed", UNSET)

        _input_references = d.pop("input_references", UNSET)
        input_references: list[ReferenceImagePart] | Unset = UNSET
        if _input_references is not UNSET:
            input_references = []
            for input_references_item_data in _input_references:
                input_references_item = ReferenceImagePart.from_dict(input_references_item_data)

                input_references.append(input_references_item)

        _provider = d.pop("provider", UNSET)
        provider: ImageProviderPreferences | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = ImageProviderPreferences.from_dict(_provider)

        stream = d.pop("stream", UNSET)

        session_id = d.pop("session_id", UNSET)

        user = d.pop("user", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        create_image_request = cls(
            model=model,
            prompt=prompt,
            n=n,
            size=size,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            quality=quality,
            background=background,
            output_format=output_format,
            output_compression=output_compression,
            seed=seed,
            input_references=input_references,
            provider=provider,
            stream=stream,
            session_id=session_id,
            user=user,
            trace=trace,
        )

        create_image_request.additional_properties = d
        return create_image_request

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
from ..models.image_provider_preferences import ImageProviderPreferences  # noqa: E402
from ..models.reference_image_part import ReferenceImagePart  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
