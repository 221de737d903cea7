from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class EmbeddingInputVideoPart(_Model):
    """
    Attributes:
        type (Literal['input_video']):
        input_video (EmbeddingMediaData): Inline media for an embedding input.
    """

    __slots__ = (
        "type",
        "input_video",
        "additional_properties",
    )

    type: Literal["input_video"]
    input_video: EmbeddingMediaData
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["input_video"],
        input_video: EmbeddingMediaData,
    ) -> None:
        self.type = type
        self.input_video = input_video
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        input_video = self.input_video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "input_video": input_video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["input_video"]', d.pop("type"))
        if type_ != "input_video":
            raise ValueError(f"type must match const 'input_video', got '{type_}'")

        input_video = EmbeddingMediaData.from_dict(d.pop("input_video"))

        embedding_input_video_part = cls(
            type=type_,
            input_video=input_video,
        )

        embedding_input_video_part.additional_properties = d
        return embedding_input_video_part

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
from ..models.embedding_media_data import EmbeddingMediaData  # noqa: E402
