from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingsPromptTokensDetails")


@_attrs_define
class EmbeddingsPromptTokensDetails:
    """Per-modality token counts; only sent for mixed-modality inputs when the provider reports them.

    Attributes:
        text_tokens (int | Unset):
        image_tokens (int | Unset):
        audio_tokens (int | Unset):
        video_tokens (int | Unset):
        file_tokens (int | Unset):
    """

    text_tokens: int | Unset = UNSET
    image_tokens: int | Unset = UNSET
    audio_tokens: int | Unset = UNSET
    video_tokens: int | Unset = UNSET
    file_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_tokens = self.text_tokens

        image_tokens = self.image_tokens

        audio_tokens = self.audio_tokens

        video_tokens = self.video_tokens

        file_tokens = self.file_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if video_tokens is not UNSET:
            field_dict["video_tokens"] = video_tokens
        if file_tokens is not UNSET:
            field_dict["file_tokens"] = file_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_tokens = d.pop("text_tokens", UNSET)

        image_tokens = d.pop("image_tokens", UNSET)

        audio_tokens = d.pop("audio_tokens", UNSET)

        video_tokens = d.pop("video_tokens", UNSET)

        file_tokens = d.pop("file_tokens", UNSET)

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
