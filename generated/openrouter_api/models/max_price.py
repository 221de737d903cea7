from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class MaxPrice(_Model):
    """Highest acceptable prices as decimal strings in USD (per million tokens, or per unit).

    Attributes:
        prompt (str | Unset): Per million prompt tokens.
        completion (str | Unset): Per million completion tokens.
        request (str | Unset): Per request.
        image (str | Unset): Per image.
        audio (str | Unset): Per audio unit.
    """

    __slots__ = (
        "prompt",
        "completion",
        "request",
        "image",
        "audio",
        "additional_properties",
    )

    prompt: str | Unset
    completion: str | Unset
    request: str | Unset
    image: str | Unset
    audio: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt: str | Unset = UNSET,
        completion: str | Unset = UNSET,
        request: str | Unset = UNSET,
        image: str | Unset = UNSET,
        audio: str | Unset = UNSET,
    ) -> None:
        self.prompt = prompt
        self.completion = completion
        self.request = request
        self.image = image
        self.audio = audio
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        completion = self.completion

        request = self.request

        image = self.image

        audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if completion is not UNSET:
            field_dict["completion"] = completion
        if request is not UNSET:
            field_dict["request"] = request
        if image is not UNSET:
            field_dict["image"] = image
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        completion = d.pop("completion", UNSET)

        request = d.pop("request", UNSET)

        image = d.pop("image", UNSET)

        audio = d.pop("audio", UNSET)

        max_price = cls(
            prompt=prompt,
            completion=completion,
            request=request,
            image=image,
            audio=audio,
        )

        max_price.additional_properties = d
        return max_price

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
