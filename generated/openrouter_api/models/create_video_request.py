from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.video_aspect_ratio import VideoAspectRatio
from ..models.video_resolution import VideoResolution
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateVideoRequest(_Model):
    """
    Attributes:
        model (str): The video model id.
        prompt (str | Unset): What the video should show; only image-driven models can do without it.
        duration (int | Unset): Length in seconds.
        resolution (VideoResolution | Unset):
        aspect_ratio (VideoAspectRatio | Unset):
        size (str | Unset): Exact `WIDTHxHEIGHT`, instead of `resolution` plus `aspect_ratio`.
        seed (int | Unset): Fixed seed for repeatable output where supported.
        generate_audio (bool | Unset): Produce a soundtrack too; follows the model's default when omitted.
        frame_images (list[VideoFrameImage] | Unset): Images to use as the first and/or last frame.
        input_references (list[ReferenceAudioPart | ReferenceImagePart | ReferenceVideoPart] | Unset): Reference images,
            audio or video; audio and video are used only by providers that support them.
        previous_job_id (str | Unset): A finished job to edit or extend, on the same model and endpoint (continuation-
            capable models only).
        callback_url (str | Unset): HTTPS URL notified when the job finishes; overrides the workspace default.
        creativity (int | Unset): Creativity level, for upscaling models only.
        upscale_factor (float | Unset): Upscale factor, for upscaling models only.
        provider (VideoProviderPreferences | Unset):
        session_id (str | Unset): Groups related requests for observability; wins over the `x-session-id` header. Never
            sent to the provider.
        user (str | Unset): Your end user's id, for your logs and broadcast; never sent to the provider.
        trace (TraceConfig | Unset): Observability fields forwarded to configured broadcast destinations. The named keys
            are
            understood; any other key is passed on as custom metadata.
    """

    __slots__ = (
        "model",
        "prompt",
        "duration",
        "resolution",
        "aspect_ratio",
        "size",
        "seed",
        "generate_audio",
        "frame_images",
        "input_references",
        "previous_job_id",
        "callback_url",
        "creativity",
        "upscale_factor",
        "provider",
        "session_id",
        "user",
        "trace",
        "additional_properties",
    )

    model: str
    prompt: str | Unset
    duration: int | Unset
    resolution: VideoResolution | Unset
    aspect_ratio: VideoAspectRatio | Unset
    size: str | Unset
    seed: int | Unset
    generate_audio: bool | Unset
    frame_images: list[VideoFrameImage] | Unset
    input_references: list[ReferenceAudioPart | ReferenceImagePart | ReferenceVideoPart] | Unset
    previous_job_id: str | Unset
    callback_url: str | Unset
    creativity: int | Unset
    upscale_factor: float | Unset
    provider: VideoProviderPreferences | Unset
    session_id: str | Unset
    user: str | Unset
    trace: TraceConfig | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        prompt: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        resolution: VideoResolution | Unset = UNSET,
        aspect_ratio: VideoAspectRatio | Unset = UNSET,
        size: str | Unset = UNSET,
        seed: int | Unset = UNSET,
        generate_audio: bool | Unset = UNSET,
        frame_images: list[VideoFrameImage] | Unset = UNSET,
        input_references: list[ReferenceAudioPart | ReferenceImagePart | ReferenceVideoPart]
        | Unset = UNSET,
        previous_job_id: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        creativity: int | Unset = UNSET,
        upscale_factor: float | Unset = UNSET,
        provider: VideoProviderPreferences | Unset = UNSET,
        session_id: str | Unset = UNSET,
        user: str | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
    ) -> None:
        self.model = model
        self.prompt = prompt
        self.duration = duration
        self.resolution = resolution
        self.aspect_ratio = aspect_ratio
        self.size = size
        self.seed = seed
        self.generate_audio = generate_audio
        self.frame_images = frame_images
        self.input_references = input_references
        self.previous_job_id = previous_job_id
        self.callback_url = callback_url
        self.creativity = creativity
        self.upscale_factor = upscale_factor
        self.provider = provider
        self.session_id = session_id
        self.user = user
        self.trace = trace
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        size = self.size

        seed = self.seed

        generate_audio = self.generate_audio

        frame_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.frame_images, Unset):
            frame_images = []
            for frame_images_item_data in self.frame_images:
                frame_images_item = frame_images_item_data.to_dict()
                frame_images.append(frame_images_item)

        input_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_references, Unset):
            input_references = []
            for input_references_item_data in self.input_references:
                input_references_item: dict[str, Any]
                if isinstance(input_references_item_data, ReferenceImagePart):
                    input_references_item = input_references_item_data.to_dict()
                elif isinstance(input_references_item_data, ReferenceAudioPart):
                    input_references_item = input_references_item_data.to_dict()
                else:
                    input_references_item = input_references_item_data.to_dict()

                input_references.append(input_references_item)

        previous_job_id = self.previous_job_id

        callback_url = self.callback_url

        creativity = self.creativity

        upscale_factor = self.upscale_factor

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

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
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if size is not UNSET:
            field_dict["size"] = size
        if seed is not UNSET:
            field_dict["seed"] = seed
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if frame_images is not UNSET:
            field_dict["frame_images"] = frame_images
        if input_references is not UNSET:
            field_dict["input_references"] = input_references
        if previous_job_id is not UNSET:
            field_dict["previous_job_id"] = previous_job_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor
        if provider is not UNSET:
            field_dict["provider"] = provider
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

        prompt = d.pop("prompt", UNSET)

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: VideoResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = VideoResolution._parse(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VideoAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = VideoAspectRatio._parse(_aspect_ratio)

        size = d.pop("size", UNSET)

        seed = d.pop("seed", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _frame_images = d.pop("frame_images", UNSET)
        frame_images: list[VideoFrameImage] | Unset = UNSET
        if _frame_images is not UNSET:
            frame_images = []
            for frame_images_item_data in _frame_images:
                frame_images_item = VideoFrameImage.from_dict(frame_images_item_data)

                frame_images.append(frame_images_item)

        def _parse_input_references_item(
            data: object,
        ) -> ReferenceAudioPart | ReferenceImagePart | ReferenceVideoPart:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_video_reference_type_0 = ReferenceImagePart.from_dict(data)

                return componentsschemas_video_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_video_reference_type_1 = ReferenceAudioPart.from_dict(data)

                return componentsschemas_video_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_video_reference_type_2 = ReferenceVideoPart.from_dict(data)

            return componentsschemas_video_reference_type_2

        _input_references = d.pop("input_references", UNSET)
        input_references: (
            list[ReferenceAudioPart | ReferenceImagePart | ReferenceVideoPart] | Unset
        ) = UNSET
        if _input_references is not UNSET:
            input_references = []
            for input_references_item_data in _input_references:
                input_references_item = _parse_input_references_item(input_references_item_data)
                input_references.append(input_references_item)

        previous_job_id = d.pop("previous_job_id", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        creativity = d.pop("creativity", UNSET)

        upscale_factor = d.pop("upscale_factor", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: VideoProviderPreferences | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = VideoProviderPreferences.from_dict(_provider)

        session_id = d.pop("session_id", UNSET)

        user = d.pop("user", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        create_video_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            size=size,
            seed=seed,
            generate_audio=generate_audio,
            frame_images=frame_images,
            input_references=input_references,
            previous_job_id=previous_job_id,
            callback_url=callback_url,
            creativity=creativity,
            upscale_factor=upscale_factor,
            provider=provider,
            session_id=session_id,
            user=user,
            trace=trace,
        )

        create_video_request.additional_properties = d
        return create_video_request

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
from ..models.reference_audio_part import ReferenceAudioPart  # noqa: E402
from ..models.reference_image_part import ReferenceImagePart  # noqa: E402
from ..models.reference_video_part import ReferenceVideoPart  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
from ..models.video_frame_image import VideoFrameImage  # noqa: E402
from ..models.video_provider_preferences import VideoProviderPreferences  # noqa: E402
