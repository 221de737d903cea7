from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InferenceUsageCompletionDetails")


@_attrs_define
class InferenceUsageCompletionDetails:
    """
    Attributes:
        reasoning_tokens (int | None | Unset):
        image_tokens (int | None | Unset):
        audio_tokens (int | None | Unset):
    """

    reasoning_tokens: int | None | Unset = UNSET
    image_tokens: int | None | Unset = UNSET
    audio_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reasoning_tokens: int | None | Unset
        if isinstance(self.reasoning_tokens, Unset):
            reasoning_tokens = UNSET
        else:
            reasoning_tokens = self.reasoning_tokens

        image_tokens: int | None | Unset
        if isinstance(self.image_tokens, Unset):
            image_tokens = UNSET
        else:
            image_tokens = self.image_tokens

        audio_tokens: int | None | Unset
        if isinstance(self.audio_tokens, Unset):
            audio_tokens = UNSET
        else:
            audio_tokens = self.audio_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reasoning_tokens = cast("int | None | Unset", d.pop("reasoning_tokens", UNSET))

        image_tokens = cast("int | None | Unset", d.pop("image_tokens", UNSET))

        audio_tokens = cast("int | None | Unset", d.pop("audio_tokens", UNSET))

        inference_usage_completion_details = cls(
            reasoning_tokens=reasoning_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
        )

        inference_usage_completion_details.additional_properties = d
        return inference_usage_completion_details

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
