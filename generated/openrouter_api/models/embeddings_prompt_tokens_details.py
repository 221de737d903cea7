from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class EmbeddingsPromptTokensDetails(_ReadModel):
    """Per-modality token counts; only sent for mixed-modality inputs when the provider reports them.

    Attributes:
        text_tokens (int | None):
        image_tokens (int | None):
        audio_tokens (int | None):
        video_tokens (int | None):
        file_tokens (int | None):
    """

    __slots__ = (
        "text_tokens",
        "image_tokens",
        "audio_tokens",
        "video_tokens",
        "file_tokens",
        "additional_properties",
    )

    text_tokens: int | None
    image_tokens: int | None
    audio_tokens: int | None
    video_tokens: int | None
    file_tokens: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        text_tokens: int | None = None,
        image_tokens: int | None = None,
        audio_tokens: int | None = None,
        video_tokens: int | None = None,
        file_tokens: int | None = None,
    ) -> None:
        self.text_tokens = text_tokens
        self.image_tokens = image_tokens
        self.audio_tokens = audio_tokens
        self.video_tokens = video_tokens
        self.file_tokens = file_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("text_tokens", "text_tokens", False, "int"),
        ("image_tokens", "image_tokens", False, "int"),
        ("audio_tokens", "audio_tokens", False, "int"),
        ("video_tokens", "video_tokens", False, "int"),
        ("file_tokens", "file_tokens", False, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        text_tokens = d.pop("text_tokens", None)
        image_tokens = d.pop("image_tokens", None)
        audio_tokens = d.pop("audio_tokens", None)
        video_tokens = d.pop("video_tokens", None)
        file_tokens = d.pop("file_tokens", None)
        embeddings_prompt_tokens_details = cls(
            text_tokens=text_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
            video_tokens=video_tokens,
            file_tokens=file_tokens,
        )
        embeddings_prompt_tokens_details.additional_properties = d
        return embeddings_prompt_tokens_details

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
