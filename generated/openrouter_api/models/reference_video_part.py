from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class ReferenceVideoPart(_Model):
    """A video clip given as reference material.

    Attributes:
        type (Literal['video_url']):
        video_url (ReferenceUrl):
    """

    __slots__ = (
        "type",
        "video_url",
        "additional_properties",
    )

    type: Literal["video_url"]
    video_url: ReferenceUrl
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["video_url"],
        video_url: ReferenceUrl,
    ) -> None:
        self.type = type
        self.video_url = video_url
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        video_url = self.video_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["video_url"]', d.pop("type"))
        if type_ != "video_url":
            raise ValueError(f"type must match const 'video_url', got '{type_}'")

        video_url = ReferenceUrl.from_dict(d.pop("video_url"))

        reference_video_part = cls(
            type=type_,
            video_url=video_url,
        )

        reference_video_part.additional_properties = d
        return reference_video_part

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
from ..models.reference_url import ReferenceUrl  # noqa: E402
