from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class FileAnnotationContent(_ReadModel):
    """
    Attributes:
        type (str): `text` or `image_url`.
        text (str | None):
        image_url (ChatGeneratedImageUrl | None):
    """

    __slots__ = (
        "type",
        "text",
        "image_url",
        "additional_properties",
    )

    type: str
    text: str | None
    image_url: ChatGeneratedImageUrl | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
        text: str | None = None,
        image_url: ChatGeneratedImageUrl | None = None,
    ) -> None:
        self.type = type
        self.text = text
        self.image_url = image_url
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "str"),
        ("text", "text", False, "str"),
        ("image_url", "image_url", False, "ChatGeneratedImageUrl"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        text = d.pop("text", None)
        _image_url = d.pop("image_url", None)
        image_url: Any = (
            ChatGeneratedImageUrl.from_dict(_image_url)
            if isinstance(_image_url, dict)
            else _image_url
        )
        file_annotation_content = cls(
            type=type_,
            text=text,
            image_url=image_url,
        )
        file_annotation_content.additional_properties = d
        return file_annotation_content

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
from ..models.chat_generated_image_url import ChatGeneratedImageUrl  # noqa: E402
