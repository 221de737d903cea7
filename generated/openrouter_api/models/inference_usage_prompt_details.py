from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class InferenceUsagePromptDetails(_ReadModel):
    """
    Attributes:
        cached_tokens (int | None):
        cache_write_tokens (int | None):
        audio_tokens (int | None):
        file_tokens (int | None):
        video_tokens (int | None):
    """

    __slots__ = (
        "cached_tokens",
        "cache_write_tokens",
        "audio_tokens",
        "file_tokens",
        "video_tokens",
        "additional_properties",
    )

    cached_tokens: int | None
    cache_write_tokens: int | None
    audio_tokens: int | None
    file_tokens: int | None
    video_tokens: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        cached_tokens: int | None = None,
        cache_write_tokens: int | None = None,
        audio_tokens: int | None = None,
        file_tokens: int | None = None,
        video_tokens: int | None = None,
    ) -> None:
        self.cached_tokens = cached_tokens
        self.cache_write_tokens = cache_write_tokens
        self.audio_tokens = audio_tokens
        self.file_tokens = file_tokens
        self.video_tokens = video_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("cached_tokens", "cached_tokens", False, "int | None"),
        ("cache_write_tokens", "cache_write_tokens", False, "int | None"),
        ("audio_tokens", "audio_tokens", False, "int | None"),
        ("file_tokens", "file_tokens", False, "int | None"),
        ("video_tokens", "video_tokens", False, "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        cached_tokens = d.pop("cached_tokens", None)
        cache_write_tokens = d.pop("cache_write_tokens", None)
        audio_tokens = d.pop("audio_tokens", None)
        file_tokens = d.pop("file_tokens", None)
        video_tokens = d.pop("video_tokens", None)
        inference_usage_prompt_details = cls(
            cached_tokens=cached_tokens,
            cache_write_tokens=cache_write_tokens,
            audio_tokens=audio_tokens,
            file_tokens=file_tokens,
            video_tokens=video_tokens,
        )
        inference_usage_prompt_details.additional_properties = d
        return inference_usage_prompt_details

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
