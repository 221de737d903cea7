from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class EmbeddingImageUrlPart(_Model):
    """
    Attributes:
        type (Literal['image_url']):
        image_url (EmbeddingImageUrl):
    """

    __slots__ = (
        "type",
        "image_url",
        "additional_properties",
    )

    type: Literal["image_url"]
    image_url: EmbeddingImageUrl
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["image_url"],
        image_url: EmbeddingImageUrl,
    ) -> None:
        self.type = type
        self.image_url = image_url
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        image_url = self.image_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["image_url"]', d.pop("type"))
        if type_ != "image_url":
            raise ValueError(f"type must match const 'image_url', got '{type_}'")

        image_url = EmbeddingImageUrl.from_dict(d.pop("image_url"))

        embedding_image_url_part = cls(
            type=type_,
            image_url=image_url,
        )

        embedding_image_url_part.additional_properties = d
        return embedding_image_url_part

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
from ..models.embedding_image_url import EmbeddingImageUrl  # noqa: E402
